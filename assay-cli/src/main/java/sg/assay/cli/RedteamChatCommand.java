package sg.assay.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import sg.assay.Registry;
import sg.assay.Spec;
import sg.assay.chat.ChatSession;
import sg.assay.convert.Converter;
import sg.assay.convert.ConverterChain;
import sg.assay.finding.TagCatalog;
import sg.assay.target.Target;

/**
 * {@code assay redteam chat --target T}: a multi-turn session for a human red-teamer on the terminal. Reads lines from
 * standard input until {@code /quit} or end of input.
 */
@Command(
        name = "chat",
        mixinStandardHelpOptions = true,
        description = "Talk to a target by hand: /convert a turn, /judge an answer, /save the session as a finding.")
public final class RedteamChatCommand implements Callable<Integer> {
    private final Wiring wiring;

    @picocli.CommandLine.Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Option(
            names = {"-t", "--target"},
            required = true,
            paramLabel = "SPEC",
            description = "system under test, e.g. mock/echo")
    String target = "";

    @Option(names = "--system", paramLabel = "TEXT", description = "system prompt; {canary} etc. are planted")
    @Nullable
    String system;

    public RedteamChatCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        try (Target t = wiring.catalog().targets().create(Spec.parse(target))) {
            ChatSession chat = new ChatSession(
                    t,
                    wiring.catalog().scorers(),
                    converters(new RedteamWiring(wiring).converters(Optional.empty())),
                    FindingsCommand.store(wiring),
                    TagCatalog.standard(),
                    wiring.clock());
            out.println("red-team chat with " + t.describe() + " (/help for commands, /quit to end)");
            if (system != null) {
                print(out, chat.handle("/system " + system));
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            boolean interactive = System.console() != null;
            while (!chat.done()) {
                if (interactive) {
                    out.print("> ");
                    out.flush();
                }
                String line = in.readLine();
                if (line == null) {
                    break;
                }
                print(out, chat.handle(line));
            }
        }
        out.flush();
        return 0;
    }

    /**
     * The chat's {@code /convert CHAIN}: the same chain syntax and converters as {@code assay convert --with} and
     * campaigns (model-driven converters need {@code model=}).
     */
    static Function<String, UnaryOperator<String>> converters(Registry<Converter> registry) {
        return chain -> ConverterChain.parse(chain, registry::create)::convert;
    }

    private static void print(PrintWriter out, ChatSession.Reply reply) {
        reply.lines().forEach(out::println);
        out.flush();
    }
}
