package sg.assay.dataset.imports;

import java.util.ArrayList;
import java.util.List;
import sg.assay.ConfigException;

/** Reads the one Python literal shape some sources write into CSV cells: a list of quoted strings. */
final class PythonLiteral {
    private PythonLiteral() {}

    /** Parses {@code ['a', "b's"]}; an empty or blank cell is an empty list. */
    static List<String> stringList(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return List.of();
        }
        if (!t.startsWith("[") || !t.endsWith("]")) {
            throw new ConfigException("expected a list like ['a', 'b'], found '" + abbreviate(t) + "'");
        }
        List<String> out = new ArrayList<>();
        int i = 1;
        int end = t.length() - 1;
        while (i < end) {
            char c = t.charAt(i);
            if (c == ' ' || c == ',') {
                i++;
                continue;
            }
            if (c != '\'' && c != '"') {
                throw new ConfigException("expected a quoted string in list at '" + abbreviate(t.substring(i)) + "'");
            }
            StringBuilder sb = new StringBuilder();
            int j = i + 1;
            while (j < end && t.charAt(j) != c) {
                if (t.charAt(j) == '\\' && j + 1 < end) {
                    j++;
                }
                sb.append(t.charAt(j));
                j++;
            }
            if (j >= end) {
                throw new ConfigException("unterminated string in list '" + abbreviate(t) + "'");
            }
            out.add(sb.toString());
            i = j + 1;
        }
        return out;
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
