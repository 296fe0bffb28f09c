package sg.assay.chat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import sg.assay.ConfigException;

/**
 * A minimal converter hook for the chat: chains such as {@code rot13|base64} over a few built-in transformations.
 * The composition root may pass the full converter library instead (any {@code String -> UnaryOperator<String>}).
 */
public final class TextConverters {
    private static final Map<String, UnaryOperator<String>> BUILT_IN = Map.of(
            "base64", t -> Base64.getEncoder().encodeToString(t.getBytes(StandardCharsets.UTF_8)),
            "rot13", TextConverters::rot13,
            "reverse", t -> new StringBuilder(t).reverse().toString(),
            "spaced", t -> String.join(" ", t.split("")));

    private TextConverters() {}

    /** Parses a chain of built-in converters separated by {@code |}, applied left to right. */
    public static UnaryOperator<String> chain(String text) {
        UnaryOperator<String> result = UnaryOperator.identity();
        for (String name : text.split("\\|")) {
            UnaryOperator<String> step = BUILT_IN.get(name.strip());
            if (step == null) {
                throw new ConfigException("converter '" + name.strip() + "' not found; known: "
                        + String.join(", ", List.copyOf(new java.util.TreeSet<>(BUILT_IN.keySet()))));
            }
            UnaryOperator<String> before = result;
            result = t -> step.apply(before.apply(t));
        }
        return result;
    }

    static String rot13(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 'a' && c <= 'z') {
                c = (char) ('a' + (c - 'a' + 13) % 26);
            } else if (c >= 'A' && c <= 'Z') {
                c = (char) ('A' + (c - 'A' + 13) % 26);
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
