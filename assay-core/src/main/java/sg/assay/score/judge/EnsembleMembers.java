package sg.assay.score.judge;

import java.util.ArrayList;
import java.util.List;
import sg.assay.ConfigException;

/**
 * Splits an ensemble's {@code judges=} value into member specs. Each member may be put in square brackets,
 * {@code [judge/classify:labels=a|b,synonyms=x=a;y=b];[judge/safety]}, so that its own parameters may hold
 * {@code ;} (synonyms), commas and nested brackets; brackets inside double quotes do not count. Without brackets,
 * members are separated by {@code ;} as before, and a piece that is not a judge spec (the tail of a member's
 * synonyms, say) is an error that says to use brackets.
 */
final class EnsembleMembers {
    private EnsembleMembers() {}

    static List<String> split(String text) {
        String t = text.strip();
        return t.startsWith("[") ? bracketed(t) : legacy(t);
    }

    private static List<String> legacy(String text) {
        List<String> out = new ArrayList<>();
        for (String piece : text.split(";")) {
            if (piece.isBlank()) {
                continue;
            }
            if (!piece.strip().startsWith("judge/")) {
                throw new ConfigException(
                        "judge/ensemble members must be judges (judge/safety, ...), and '"
                                + piece.strip()
                                + "' is not a judge spec; a member whose parameters hold ';' (e.g. synonyms)"
                                + " must be in brackets: judges=\"[judge/classify:labels=a|b,synonyms=x=a;y=b];[judge/safety]\"");
            }
            out.add(piece.strip());
        }
        return out;
    }

    private static List<String> bracketed(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == ';' || c == ',') {
                i++;
                continue;
            }
            if (c != '[') {
                throw new ConfigException("judge/ensemble expects every member in brackets, e.g."
                        + " judges=\"[judge/safety];[judge/refusal]\"; found '" + text.substring(i) + "'");
            }
            int end = closing(text, i);
            String member = text.substring(i + 1, end).strip();
            if (member.isEmpty()) {
                throw new ConfigException("judge/ensemble has an empty member '[]' in: " + text);
            }
            out.add(member);
            i = end + 1;
        }
        return out;
    }

    /** The index of the bracket that closes the one at {@code open}, skipping quoted text. */
    private static int closing(String text, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                return i;
            }
        }
        throw new ConfigException(
                "judge/ensemble member bracket opened at '" + text.substring(open) + "' is never closed; expected ']'");
    }
}
