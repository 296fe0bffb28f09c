package sg.assay.report;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Escaping and number formats for the HTML reports. */
final class Html {
    private Html() {}

    /** Escapes text for HTML element content and attribute values. */
    static String esc(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String num(@Nullable Double d) {
        return d == null ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
    }

    static String interval(RunView.MetricView m) {
        return m.lower() == null ? "n/a" : "[" + num(m.lower()) + ", " + num(m.upper()) + "]";
    }

    static String resource(String name) {
        try (var in = Html.class.getResourceAsStream("/sg/assay/report/html/" + name)) {
            if (in == null) {
                throw new sg.assay.AssayException("report resource missing: " + name);
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new sg.assay.AssayException("cannot read report resource " + name, e);
        }
    }
}
