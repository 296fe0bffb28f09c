package sg.assay.report.parity;

import sg.assay.parity.CategoryCell;
import sg.assay.parity.CategoryTable;

/**
 * A language × category heat map of rates as one self-contained inline SVG string (no scripts, fonts or links).
 * Darker cells have higher rates; a thick outline marks cells flagged under Benjamini–Hochberg control.
 */
public final class HeatMapSvg {
    private static final int CELL_W = 88;
    private static final int CELL_H = 30;
    private static final int LEFT = 90;
    private static final int TOP = 40;

    private HeatMapSvg() {}

    public static String render(CategoryTable table, String title) {
        int cols = table.categories().size();
        int rows = table.languages().size();
        int width = LEFT + cols * CELL_W + 10;
        int height = TOP + rows * CELL_H + 30;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width);
        svg.append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ');
        svg.append(height).append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\">");
        svg.append("<title>").append(Format.xml(title)).append("</title>");
        for (int c = 0; c < cols; c++) {
            String category = table.categories().get(c);
            svg.append(
                    text(LEFT + c * CELL_W + CELL_W / 2, TOP - 8, "middle", category.isEmpty() ? "(none)" : category));
        }
        for (int r = 0; r < rows; r++) {
            String language = table.languages().get(r);
            int y = TOP + r * CELL_H;
            svg.append(text(LEFT - 8, y + CELL_H / 2 + 4, "end", language));
            for (int c = 0; c < cols; c++) {
                int x = LEFT + c * CELL_W;
                String category = table.categories().get(c);
                table.cell(language, category).ifPresent(cell -> svg.append(cell(cell, x, y)));
            }
        }
        svg.append(text(
                LEFT,
                height - 8,
                "start",
                "rate (n); thick outline = flagged at FDR " + Format.level(table.falseDiscoveryRate())));
        return svg.append("</svg>").toString();
    }

    private static String cell(CategoryCell cell, int x, int y) {
        double rate = cell.n() == 0 ? 0 : cell.wilson().estimate();
        int shade = (int) Math.round(255 - 200 * Math.min(1, Math.max(0, rate)));
        String fill = cell.n() == 0 ? "#eeeeee" : "rgb(255," + shade + "," + shade + ")";
        String ink = rate > 0.6 ? "#ffffff" : "#000000";
        StringBuilder s = new StringBuilder();
        s.append("<rect x=\"")
                .append(x)
                .append("\" y=\"")
                .append(y)
                .append("\" width=\"")
                .append(CELL_W - 2);
        s.append("\" height=\"")
                .append(CELL_H - 2)
                .append("\" fill=\"")
                .append(fill)
                .append("\" stroke=\"");
        s.append(cell.flagged() ? "#000000\" stroke-width=\"3\"" : "#ffffff\" stroke-width=\"1\"")
                .append(">");
        s.append("<title>")
                .append(Format.xml(
                        cell.language() + " × " + cell.category() + ": " + Format.percent(rate) + " of " + cell.n()))
                .append("</title></rect>");
        String label = cell.n() == 0 ? "–" : Format.percent(rate) + " (" + cell.n() + ")";
        s.append("<text x=\"").append(x + CELL_W / 2 - 1).append("\" y=\"").append(y + CELL_H / 2 + 3);
        s.append("\" text-anchor=\"middle\" fill=\"").append(ink).append("\">").append(Format.xml(label));
        return s.append("</text>").toString();
    }

    static String text(int x, int y, String anchor, String content) {
        return "<text x=\"" + x + "\" y=\"" + y + "\" text-anchor=\"" + anchor + "\">" + Format.xml(content)
                + "</text>";
    }
}
