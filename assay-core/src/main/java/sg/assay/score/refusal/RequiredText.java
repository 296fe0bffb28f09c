package sg.assay.score.refusal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Strings of which every match of a case-sensitive pattern contains at least one, read from the pattern's source,
 * so that a cue whose text none of them is in can be skipped without running its regex ({@link String#contains} is
 * far cheaper than a search that tries every alternative at every offset). For example, every match of
 * {@code \bi (?:can't|cannot)\b} contains {@code can't} or {@code cannot}.
 *
 * <p>Conservative: it understands literals, escaped punctuation, groups, alternation, quantifiers, classes, {@code .},
 * anchors, {@code \b}-style escapes and lookarounds; optional parts, classes and lookarounds require nothing; any
 * other syntax gives no strings, and the regex always runs. Only for patterns that run case-sensitively.
 */
final class RequiredText {
    private final String src;
    private int pos;

    private RequiredText(String src) {
        this.src = src;
    }

    /** Signals syntax this reader does not handle: the pattern gets no required strings. */
    private static final class Unknown extends Exception {
        private static final long serialVersionUID = 1L;

        Unknown() {
            super(null, null, false, false);
        }
    }

    /** The strings; empty when nothing is required (or the pattern is not understood), so the regex must run. */
    static List<String> of(String regex) {
        RequiredText r = new RequiredText(regex);
        try {
            List<String> any = r.alternation();
            return r.pos == regex.length() ? any : List.of();
        } catch (Unknown e) {
            return List.of();
        }
    }

    /** Whether {@code text} contains one of {@code required}, or nothing is required. */
    static boolean mayMatch(List<String> required, String text) {
        if (required.isEmpty()) {
            return true;
        }
        for (String s : required) {
            if (text.contains(s)) {
                return true;
            }
        }
        return false;
    }

    private List<String> alternation() throws Unknown {
        Set<String> union = new LinkedHashSet<>();
        boolean free = false;
        while (true) {
            List<String> branch = sequence();
            free |= branch.isEmpty();
            union.addAll(branch);
            if (pos < src.length() && src.charAt(pos) == '|') {
                pos++;
            } else {
                return free ? List.of() : List.copyOf(union);
            }
        }
    }

    /** One atom: the strings it requires (empty: none), and its literal code point when it is a plain literal. */
    private record Atom(List<String> required, int literal) {
        static final int NONE = -1;

        static Atom literal(int cp) {
            return new Atom(List.of(Character.toString(cp)), cp);
        }
    }

    private List<String> sequence() throws Unknown {
        List<List<String>> candidates = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        while (pos < src.length() && src.charAt(pos) != '|' && src.charAt(pos) != ')') {
            Atom atom = atom();
            int min = quantifier();
            if (min == 1 && atom.literal() != Atom.NONE && !quantified) {
                run.appendCodePoint(atom.literal());
                continue;
            }
            flush(run, candidates);
            if (min > 0 && !atom.required().isEmpty()) {
                candidates.add(atom.required());
            }
        }
        flush(run, candidates);
        List<String> best = List.of();
        for (List<String> c : candidates) {
            if (best.isEmpty() || better(c, best)) {
                best = c;
            }
        }
        return best;
    }

    private static void flush(StringBuilder run, List<List<String>> candidates) {
        if (!run.isEmpty()) {
            candidates.add(List.of(run.toString()));
            run.setLength(0);
        }
    }

    /** The longer shortest string is the rarer one; between equals, fewer strings. */
    private static boolean better(List<String> a, List<String> b) {
        int la = shortest(a);
        int lb = shortest(b);
        return la != lb ? la > lb : a.size() < b.size();
    }

    private static int shortest(List<String> strings) {
        return strings.stream().mapToInt(String::length).min().orElse(0);
    }

    private boolean quantified;

    /** The minimum count of a quantifier after an atom (1 without one); sets {@link #quantified}. */
    private int quantifier() throws Unknown {
        quantified = false;
        if (pos >= src.length()) {
            return 1;
        }
        int min;
        switch (src.charAt(pos)) {
            case '?', '*' -> {
                min = 0;
                pos++;
            }
            case '+' -> {
                min = 1;
                pos++;
            }
            case '{' -> {
                int close = src.indexOf('}', pos);
                if (close < 0) {
                    throw new Unknown();
                }
                String body = src.substring(pos + 1, close);
                String first = body.contains(",") ? body.substring(0, body.indexOf(',')) : body;
                if (!first.matches("[0-9]{1,4}") || !body.matches("[0-9]{1,4}(?:,[0-9]{0,4})?")) {
                    throw new Unknown();
                }
                min = Integer.parseInt(first);
                pos = close + 1;
            }
            default -> {
                return 1;
            }
        }
        quantified = true;
        if (pos < src.length() && (src.charAt(pos) == '?' || src.charAt(pos) == '+')) {
            pos++; // lazy or possessive
        }
        return min;
    }

    private Atom atom() throws Unknown {
        int cp = src.codePointAt(pos);
        switch (cp) {
            case '\\' -> {
                if (pos + 1 >= src.length()) {
                    throw new Unknown();
                }
                int e = src.codePointAt(pos + 1);
                pos += 1 + Character.charCount(e);
                if ("bBAzZGsSwWdDhHvV".indexOf(e) >= 0) {
                    return new Atom(List.of(), Atom.NONE); // a boundary or a class
                }
                if (e < 0x80 && !Character.isLetterOrDigit(e)) {
                    return Atom.literal(e); // escaped punctuation is itself
                }
                throw new Unknown();
            }
            case '.', '^', '$' -> {
                pos++;
                return new Atom(List.of(), Atom.NONE);
            }
            case '[' -> {
                skipClass();
                return new Atom(List.of(), Atom.NONE);
            }
            case '(' -> {
                return group();
            }
            case '*', '+', '?', '{', '}', ']' -> throw new Unknown();
            default -> {
                pos += Character.charCount(cp);
                return Atom.literal(cp);
            }
        }
    }

    private Atom group() throws Unknown {
        pos++;
        boolean lookaround = false;
        if (src.startsWith("?", pos)) {
            if (src.startsWith("?:", pos)) {
                pos += 2;
            } else if (src.startsWith("?=", pos) || src.startsWith("?!", pos)) {
                pos += 2;
                lookaround = true;
            } else if (src.startsWith("?<=", pos) || src.startsWith("?<!", pos)) {
                pos += 3;
                lookaround = true;
            } else {
                throw new Unknown(); // flags, named or atomic groups
            }
        }
        List<String> inner = alternation();
        if (pos >= src.length() || src.charAt(pos) != ')') {
            throw new Unknown();
        }
        pos++;
        return new Atom(lookaround ? List.of() : inner, Atom.NONE);
    }

    private void skipClass() throws Unknown {
        pos++;
        if (src.startsWith("^", pos)) {
            pos++;
        }
        if (src.startsWith("]", pos)) {
            pos++;
        }
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\\') {
                pos += 2;
            } else if (c == '[') {
                throw new Unknown(); // nested classes and unions
            } else if (c == ']') {
                pos++;
                return;
            } else {
                pos++;
            }
        }
        throw new Unknown();
    }
}
