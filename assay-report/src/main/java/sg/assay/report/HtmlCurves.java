package sg.assay.report;

import java.util.List;
import java.util.Locale;
import sg.assay.classify.Curves;

/**
 * Inline SVG line charts of a classifier's curves, in the style of {@link HtmlCharts}: the ROC curve (true- against
 * false-positive rate, with the chance diagonal) and the precision-recall curve (with the positive share as the
 * chance level), on [0, 1] axes, with a marker at the chosen operating point.
 */
final class HtmlCurves {
    private static final int SIZE = 260;
    private static final int LEFT = 46;
    private static final int TOP = 26;
    private static final int BOTTOM = 40;

    private HtmlCurves() {}

    /** A point on [0, 1]², x then y. */
    record Xy(double x, double y) {}

    /** The ROC chart: starts at (0, 0), one point per threshold, ends at (1, 1). */
    static String roc(String title, Curves c, Xy chosen) {
        List<Xy> pts = new java.util.ArrayList<>(List.of(new Xy(0, 0)));
        c.points().forEach(p -> pts.add(new Xy(p.falsePositiveRate(), p.truePositiveRate())));
        return chart(title, "false-positive rate", "true-positive rate", pts, new Xy(0, 0), new Xy(1, 1), chosen);
    }

    /** The precision-recall chart: one point per threshold; the chance level is the share of positives. */
    static String pr(String title, Curves c, Xy chosen) {
        List<Xy> pts = new java.util.ArrayList<>();
        c.points().forEach(p -> pts.add(new Xy(p.truePositiveRate(), p.precision())));
        double base = (double) c.positives() / Math.max(1, c.positives() + c.negatives());
        return chart(title, "recall", "precision", pts, new Xy(0, base), new Xy(1, base), chosen);
    }

    private static String chart(String title, String xLabel, String yLabel, List<Xy> pts, Xy from, Xy to, Xy mark) {
        int w = LEFT + SIZE + 16;
        int h = TOP + SIZE + BOTTOM;
        StringBuilder svg = new StringBuilder(String.format(
                Locale.ROOT,
                "<svg class=\"chart curve\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" width=\"%d\""
                        + " height=\"%d\" role=\"img\"><title>%s</title>",
                w,
                h,
                w,
                h,
                Html.esc(title)));
        svg.append(HtmlCharts.text(0, 14, "start", "chart-title", title));
        for (double t : new double[] {0, 0.25, 0.5, 0.75, 1}) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"grid\"/>"
                            + "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"grid\"/>",
                    x(t),
                    TOP,
                    x(t),
                    TOP + SIZE,
                    LEFT,
                    y(t),
                    LEFT + SIZE,
                    y(t)));
            String tick = String.format(Locale.ROOT, "%.2f", t);
            svg.append(HtmlCharts.text(x(t), TOP + SIZE + 14, "middle", "tick", tick));
            svg.append(HtmlCharts.text(LEFT - 4, y(t) + 4, "end", "tick", tick));
        }
        svg.append(HtmlCharts.text(LEFT + SIZE / 2.0, h - 6, "middle", "label", xLabel));
        svg.append(String.format(
                Locale.ROOT,
                "<text x=\"12\" y=\"%.1f\" text-anchor=\"middle\" class=\"label\" transform=\"rotate(-90 12 %.1f)\">"
                        + "%s</text>",
                TOP + SIZE / 2.0,
                TOP + SIZE / 2.0,
                Html.esc(yLabel)));
        svg.append(String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" class=\"chance\"/>",
                x(from.x()),
                y(from.y()),
                x(to.x()),
                y(to.y())));
        StringBuilder d = new StringBuilder();
        for (Xy p : pts) {
            if (!Double.isNaN(p.x()) && !Double.isNaN(p.y())) {
                d.append(d.isEmpty() ? "M" : "L").append(String.format(Locale.ROOT, "%.1f %.1f", x(p.x()), y(p.y())));
            }
        }
        svg.append("<path d=\"").append(d).append("\" class=\"line\"/>");
        if (!Double.isNaN(mark.x()) && !Double.isNaN(mark.y())) {
            svg.append(String.format(
                    Locale.ROOT,
                    "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4\" class=\"mark\"><title>chosen threshold</title></circle>",
                    x(mark.x()),
                    y(mark.y())));
        }
        return svg.append("</svg>").toString();
    }

    private static double x(double v) {
        return LEFT + v * SIZE;
    }

    private static double y(double v) {
        return TOP + (1 - v) * SIZE;
    }
}
