package sg.assay.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sg.assay.Component;
import sg.assay.ConfigException;
import sg.assay.Registry;
import sg.assay.Spec;
import sg.assay.convert.Converter;
import sg.assay.convert.ConverterChain;

/** {@code assay convert --with CHAIN TEXT}: applies a converter chain to a text, to try converters by hand. */
@Command(
        name = "convert",
        description = "Apply a converter chain to a text, e.g. --with 'leetspeak|base64'. --list shows the converters.")
final class ConvertCommand implements Callable<Integer> {
    private final Wiring wiring;

    @Option(names = "--with", paramLabel = "CHAIN", description = "converters joined by |, e.g. rot13|join:sep=.")
    @Nullable
    String chain;

    @Option(
            names = "--model",
            paramLabel = "SPEC",
            description = "target spec of the model for model-driven converters (translate, paraphrase, ...)")
    @Nullable
    String model;

    @Option(names = "--list", description = "list the converters and their parameters")
    boolean list;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "the text to convert (words are joined by spaces)")
    List<String> text = new ArrayList<>();

    ConvertCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        Registry<Converter> converters =
                new RedteamWiring(wiring).converters(Optional.ofNullable(model).map(Spec::parse));
        if (list) {
            for (Component<Converter> c : converters.components()) {
                System.out.println(c.name() + "  " + c.description());
                c.params()
                        .forEach(p -> System.out.println("    " + p.name() + ": " + p.description()
                                + (p.defaultValue().isEmpty() ? "" : " (default " + p.defaultValue() + ")")));
            }
            return 0;
        }
        if (chain == null || chain.isBlank()) {
            throw new ConfigException("convert needs --with CHAIN (e.g. --with base64), or --list");
        }
        if (text.isEmpty()) {
            throw new ConfigException("convert needs the TEXT to convert");
        }
        ConverterChain c = ConverterChain.parse(chain, converters::create);
        System.out.println(c.convert(String.join(" ", text)));
        return 0;
    }
}
