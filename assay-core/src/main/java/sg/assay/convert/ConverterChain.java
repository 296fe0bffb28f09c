package sg.assay.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import sg.assay.ConfigException;
import sg.assay.Spec;

/**
 * Converters applied one after another, written as specs joined by {@code |}: {@code leetspeak|base64} first writes
 * leetspeak, then Base64-encodes the result. A {@code |} inside a double-quoted parameter value does not split.
 *
 * @param specs the converters as named, in order
 * @param steps the built converters, in the same order
 */
public record ConverterChain(List<Spec> specs, List<Converter> steps) implements Converter {
    public ConverterChain {
        specs = List.copyOf(specs);
        steps = List.copyOf(steps);
        if (specs.size() != steps.size()) {
            throw new IllegalArgumentException("a chain needs one spec per step");
        }
    }

    /** The chain that leaves prompts as they are. */
    public static ConverterChain none() {
        return new ConverterChain(List.of(), List.of());
    }

    /** Parses {@code a|b:k=v|c} and builds each step; {@code none} or an empty text is the empty chain. */
    public static ConverterChain parse(String text, Function<Spec, Converter> factory) {
        List<Spec> specs = new ArrayList<>();
        List<Converter> steps = new ArrayList<>();
        for (String part : split(text)) {
            Spec spec = Spec.parse(part);
            if (spec.name().equals("none") && spec.params().isEmpty()) {
                continue;
            }
            specs.add(spec);
            steps.add(factory.apply(spec));
        }
        return new ConverterChain(specs, steps);
    }

    /** Splits on {@code |} outside double quotes; blank parts are a user error. */
    static List<String> split(String text) {
        List<String> parts = new ArrayList<>();
        if (text.isBlank()) {
            return parts;
        }
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quoted && i + 1 < text.length()) {
                current.append(c).append(text.charAt(++i));
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == '|' && !quoted) {
                parts.add(checked(current.toString(), text));
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        parts.add(checked(current.toString(), text));
        return parts;
    }

    private static String checked(String part, String chain) {
        if (part.isBlank()) {
            throw new ConfigException("empty step in converter chain '" + chain + "'; expected a|b|c");
        }
        return part.strip();
    }

    @Override
    public String convert(String prompt) {
        String out = prompt;
        for (Converter c : steps) {
            out = c.convert(out);
        }
        return out;
    }

    /** The canonical text of the chain, {@code none} when it is empty. */
    public String render() {
        if (specs.isEmpty()) {
            return "none";
        }
        return String.join("|", specs.stream().map(Spec::render).toList());
    }

    @Override
    public String toString() {
        return render();
    }
}
