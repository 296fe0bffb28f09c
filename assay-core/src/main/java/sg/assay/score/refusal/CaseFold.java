package sg.assay.score.refusal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Simple Unicode case folding as {@link java.util.regex} applies it under {@code CASE_INSENSITIVE | UNICODE_CASE}:
 * each code point {@code c} becomes {@code Character.toLowerCase(Character.toUpperCase(c))}. Such a pattern compares
 * every literal that way ({@code Pattern.SliceU}, {@code SingleU}), so a pattern whose literals are folded already
 * matches folded text case-sensitively exactly where it matches the original text case-insensitively, without two
 * case mappings per comparison. {@code CaseFoldTest} checks the conditions this rests on for every code point.
 */
final class CaseFold {
    /** The flags cue patterns are compiled with; the folded form drops the case-insensitive ones. */
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;

    static final int FOLDED_FLAGS = Pattern.UNICODE_CHARACTER_CLASS;

    private CaseFold() {}

    static int fold(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z' ? cp + ('a' - 'A') : cp;
        }
        return Character.toLowerCase(Character.toUpperCase(cp));
    }

    /** The folded text; the same instance when nothing changes (lower-cased text mostly). */
    static String fold(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (fold(cp) != cp) {
                StringBuilder b = new StringBuilder(s.length()).append(s, 0, i);
                for (int j = i; j < s.length(); ) {
                    int c = s.codePointAt(j);
                    b.appendCodePoint(fold(c));
                    j += Character.charCount(c);
                }
                return b.toString();
            }
            i += Character.charCount(cp);
        }
        return s;
    }

    /**
     * The pattern to run on folded text in place of {@code ci} (compiled with {@link #FLAGS}), when it is safe to:
     * every character of its source is folded already (so no upper-case escape such as {@code \B} or {@code \S}), it
     * has no escapes that name a character by number or property, no back-references, no embedded flags, and no
     * character class with a range or a Latin-1 letter (where a class compares by its own case table, not by
     * folding). Empty when the pattern must keep running case-insensitively on the original text.
     */
    static Optional<Pattern> folded(Pattern ci) {
        if (ci.flags() != FLAGS || !foldable(ci.pattern())) {
            return Optional.empty();
        }
        return Optional.of(Pattern.compile(ci.pattern(), FOLDED_FLAGS));
    }

    static boolean foldable(String regex) {
        boolean inClass = false;
        for (int i = 0; i < regex.length(); ) {
            int cp = regex.codePointAt(i);
            if (fold(cp) != cp) {
                return false;
            }
            int next = i + Character.charCount(cp);
            if (cp == '\\') {
                if (next >= regex.length()) {
                    return false;
                }
                char e = regex.charAt(next);
                // by number, property, quoting, named or control: any of these can name a cased character
                if (Character.isDigit(e) || "uxpPQENkcg".indexOf(e) >= 0 || fold(e) != e) {
                    return false;
                }
                i = next + 1;
                continue;
            }
            if (inClass) {
                if (cp == '[' || cp == '&' || (cp >= 0x80 && cp <= 0xff)) {
                    return false; // nested classes, intersections, Latin-1 letters: keep case-insensitive
                }
                if (cp == '-' && regex.charAt(i - 1) != '[' && next < regex.length() && regex.charAt(next) != ']') {
                    return false; // a range
                }
                if (cp == ']'
                        && regex.charAt(i - 1) != '['
                        && !(regex.charAt(i - 1) == '^' && regex.charAt(i - 2) == '[')) {
                    inClass = false;
                }
            } else if (cp == '[') {
                inClass = true;
            } else if (cp == '(' && next < regex.length() && regex.charAt(next) == '?') {
                char k = next + 1 < regex.length() ? regex.charAt(next + 1) : ' ';
                if (":=!<".indexOf(k) < 0) {
                    return false; // embedded flags such as (?i) or (?-u)
                }
            }
            i = next;
        }
        return !inClass;
    }
}
