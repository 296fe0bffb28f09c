package sg.assay.convert;

/**
 * Turns a prompt into another prompt that asks the same thing in a different form: encoded, obfuscated, wrapped or
 * rewritten. Implementations are thread-safe; the random ones are seeded, so equal inputs give equal outputs.
 */
@FunctionalInterface
public interface Converter {
    String convert(String prompt);
}
