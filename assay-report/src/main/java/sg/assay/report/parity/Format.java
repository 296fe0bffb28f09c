package sg.assay.report.parity;

import java.util.Locale;

/** Number and text formatting shared by the parity renderers. */
final class Format {
    private Format() {}

    /** A proportion as percent with one decimal, e.g. 0.1234 → "12.3%". */
    static String percent(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1f%%", 100 * v) : "–";
    }

    /** A difference of proportions in percentage points with a sign, e.g. 0.05 → "+5.0". */
    static String points(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%+.1f", 100 * v) : "–";
    }

    /** A p-value: three significant digits, or "< 0.001". */
    static String p(double v) {
        if (!Double.isFinite(v)) {
            return "–";
        }
        return v < 0.001 ? "< 0.001" : String.format(Locale.ROOT, "%.3f", v);
    }

    static String number(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** A confidence level as a percentage with up to two decimals, e.g. 0.98333 → "98.33%". */
    static String level(double v) {
        String s = String.format(Locale.ROOT, "%.2f", 100 * v);
        s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        return s + "%";
    }

    /** Text for a Markdown table cell: pipes escaped, line breaks removed. */
    static String cell(String s) {
        return s.replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
    }

    /** Text for XML content or attributes. */
    static String xml(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
