package sg.assay.report.parity;

import java.util.List;
import java.util.Locale;
import sg.assay.parity.LanguageComparison;
import sg.assay.parity.ParityReport;
import sg.assay.stats.Interval;

/**
 * A forest plot of each language's paired difference from the reference, with its adjusted interval, a vertical
 * line at 0 and the shaded equivalence band ±δ, as one self-contained inline SVG string.
 */
public final class ForestPlotSvg {
    private static final int LEFT = 70;
    private static final int PLOT_W = 420;
    private static final int RIGHT = 130;
    private static final int ROW_H = 26;
    private static final int TOP = 30;

    private ForestPlotSvg() {}

    public static String render(ParityReport report) {
        List<LanguageComparison> rows = report.comparisons();
        double margin = report.settings().margin();
        double lo = -margin;
        double hi = margin;
        for (LanguageComparison c : rows) {
            lo = Math.min(lo, c.paired().difference().lower());
            hi = Math.max(hi, c.paired().difference().upper());
        }
        double pad = 0.05 * (hi - lo);
        Scale x = new Scale(lo - pad, hi + pad);
        int width = LEFT + PLOT_W + RIGHT;
        int height = TOP + rows.size() * ROW_H + 40;
        int bottom = TOP + rows.size() * ROW_H;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
                .append(width)
                .append("\" height=\"");
        svg.append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height);
        svg.append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\">");
        svg.append("<title>")
                .append(Format.xml(
                        "paired differences from " + report.settings().reference() + " (" + report.metric() + "), "
                                + Format.level(report.comparisonLevel()) + " intervals"));
        svg.append("</title>");
        svg.append(rect(x.at(-margin), TOP - 6, x.at(margin) - x.at(-margin), bottom - TOP + 6, "#d9ead3"));
        svg.append(line(x.at(0), TOP - 6, x.at(0), bottom, "#555555", "4 3"));
        for (int i = 0; i < rows.size(); i++) {
            svg.append(row(rows.get(i), x, TOP + i * ROW_H + ROW_H / 2));
        }
        svg.append(line(LEFT, bottom, LEFT + PLOT_W, bottom, "#000000", ""));
        for (double tick : new double[] {-margin, 0, margin, x.min + pad, x.max - pad}) {
            svg.append(HeatMapSvg.text((int) Math.round(x.at(tick)), bottom + 14, "middle", Format.points(tick)));
        }
        svg.append(HeatMapSvg.text(
                LEFT,
                height - 6,
                "start",
                "difference in points (language − "
                        + report.settings().reference() + "); shaded = ±"
                        + Format.points(margin).substring(1)
                        + " equivalence band"));
        return svg.append("</svg>").toString();
    }

    private static String row(LanguageComparison c, Scale x, int y) {
        Interval d = c.paired().difference();
        StringBuilder s = new StringBuilder();
        s.append(HeatMapSvg.text(LEFT - 8, y + 4, "end", c.language()));
        s.append(line(x.at(d.lower()), y, x.at(d.upper()), y, "#000000", ""));
        s.append("<circle cx=\"")
                .append(fmt(x.at(d.estimate())))
                .append("\" cy=\"")
                .append(y);
        s.append("\" r=\"4\" fill=\"#000000\"><title>")
                .append(Format.xml(c.language() + ": "
                        + Format.points(d.estimate()) + " [" + Format.points(d.lower()) + ", "
                        + Format.points(d.upper())
                        + "] " + c.verdict()));
        s.append("</title></circle>");
        s.append(HeatMapSvg.text(LEFT + PLOT_W + 8, y + 4, "start", c.verdict().name()));
        return s.toString();
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String dash) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"1.5\""
                + (dash.isEmpty() ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    private static String rect(double x, double y, double w, double h, String fill) {
        return "<rect x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" width=\"" + fmt(w) + "\" height=\"" + fmt(h)
                + "\" fill=\"" + fill + "\"/>";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** Maps a difference to an x coordinate inside the plot area. */
    private record Scale(double min, double max) {
        double at(double v) {
            return LEFT + (v - min) / (max - min) * PLOT_W;
        }
    }
}
