package sg.assay.convert;

import sg.assay.ConfigException;

/**
 * Characters a reader does not see: zero-width characters between the visible ones, and ASCII smuggled as Unicode
 * tag characters (U+E0020 to U+E007E), which many renderers drop but tokenizers keep.
 */
final class Invisible {
    static final int TAG_BASE = 0xE0000;

    private Invisible() {}

    /** The zero-width character a name stands for: zwsp (U+200B), zwnj (U+200C), zwj (U+200D) or wj (U+2060). */
    static String zeroWidth(String name) {
        return switch (name) {
            case "zwsp" -> "\u200B";
            case "zwnj" -> "\u200C";
            case "zwj" -> "\u200D";
            case "wj" -> "\u2060";
            default ->
                throw new ConfigException(
                        "zero-width char '" + name + "' is not known; expected zwsp, zwnj, zwj or wj");
        };
    }

    /** Puts {@code mark} between every two adjacent characters (code points). */
    static String interleave(String prompt, String mark) {
        StringBuilder sb = new StringBuilder(prompt.length() * 2);
        prompt.codePoints().forEach(cp -> {
            if (!sb.isEmpty()) {
                sb.append(mark);
            }
            sb.appendCodePoint(cp);
        });
        return sb.toString();
    }

    /** Encodes printable ASCII as tag characters; other characters are kept. {@code cover} is shown before it. */
    static String tagSmuggle(String prompt, String cover) {
        StringBuilder sb = new StringBuilder(cover);
        prompt.codePoints().forEach(cp -> sb.appendCodePoint(cp >= 0x20 && cp <= 0x7E ? TAG_BASE + cp : cp));
        return sb.toString();
    }
}
