package sg.assay.report;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Inline SVG bar charts: one horizontal bar per row for the estimate, with a whisker for its 95% interval and the
 * numbers beside it. Proportions are drawn on [0, 1]; means on [min(0, lowest), highest].
 */
final class HtmlCharts {
    private static final int LABEL_W = 150;
    private static final int PLOT_W = 360;
    private static final int VALUE_W = 240;
    private static final int ROW_H = 24;

    private HtmlCharts() {}

    /** One bar of a chart. */
    record Bar(
            String label,
            @Nullable Double estimate,
            @Nullable Double lower,
            @Nullable Double upper,
            long n) {}

    static String bars(String title, List<Bar> bars, boolean proportion) {
        double lo = 0;
        double hi = proportion ? 1 : 0;
        for (Bar b : bars) {
            if (!proportion) {
                hi = Math.max(hi, b.upper() == null ? value(b.estimate()) : b.upper());
                lo = Math.min(lo, b.lower() == null ? value(b.estimate()) : b.lower());
            }
        }
        if (hi <= lo) {
            hi = lo + 1;
        }
        int width = LABEL_W + PLOT_W + VALUE_W;
        int height = 26 + bars.size() * ROW_H + 22;
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(
                Locale.ROOT,
                "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\" "
                        + "height=\"%d\" role=\"img\"><title>%s</title>",
                width,
                height,
                width,
                height,
                Html.esc(title)));
        svg.append(text(0, 14, "start", "chart-title", title));
        int top = 26;
        int bottom = top + bars.size() * ROW_H;
        for (double t : new double[] {0, 0.25, 0.5, 0.75, 1}) {
            double x = LABEL_W + t * PLOT_W;
            double v = lo + t * (hi - lo);
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"grid\"/>",
                    x,
                    top - 4,
                    x,
                    bottom));
            svg.append(text(x, bottom + 14, "middle", "tick", String.format(Locale.ROOT, "%.2f", v)));
        }
        for (int i = 0; i < bars.size(); i++) {
            svg.append(bar(bars.get(i), top + i * ROW_H, lo, hi));
        }
        return svg.append("</svg>").toString();
    }

    private static String bar(Bar b, int y, double lo, double hi) {
        StringBuilder s = new StringBuilder();
        s.append(text(LABEL_W - 8, y + 16, "end", "label", clip(b.label())));
        if (b.estimate() == null) {
            return s.append(text(LABEL_W + 4, y + 16, "start", "value", "n/a (no completed samples)"))
                    .toString();
        }
        double x0 = LABEL_W + (Math.max(lo, 0) - lo) / (hi - lo) * PLOT_W;
        double xe = LABEL_W + (b.estimate() - lo) / (hi - lo) * PLOT_W;
        s.append(String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"14\" class=\"bar\"/>",
                Math.min(x0, xe),
                y + 5,
                Math.abs(xe - x0)));
        if (b.lower() != null && b.upper() != null) {
            double xl = LABEL_W + (b.lower() - lo) / (hi - lo) * PLOT_W;
            double xu = LABEL_W + (b.upper() - lo) / (hi - lo) * PLOT_W;
            s.append(String.format(
                    Locale.ROOT,
                    "<path d=\"M%.1f %dV%dM%.1f %dH%.1fM%.1f %dV%d\" class=\"whisker\"/>",
                    xl,
                    y + 6,
                    y + 18,
                    xl,
                    y + 12,
                    xu,
                    xu,
                    y + 6,
                    y + 18));
        }
        String value = Html.num(b.estimate())
                + (b.lower() == null ? "" : " [" + Html.num(b.lower()) + ", " + Html.num(b.upper()) + "]") + " n="
                + b.n();
        return s.append(text(LABEL_W + PLOT_W + 8, y + 16, "start", "value", value))
                .toString();
    }

    static String text(double x, double y, String anchor, String cls, String t) {
        return String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" class=\"%s\">%s</text>",
                x,
                y,
                anchor,
                cls,
                Html.esc(t));
    }

    private static double value(@Nullable Double d) {
        return d == null ? 0 : d;
    }

    private static String clip(String s) {
        return s.length() <= 22 ? s : s.substring(0, 21) + "…";
    }
}
