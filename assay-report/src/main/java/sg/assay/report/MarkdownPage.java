package sg.assay.report;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * A Markdown report as one self-contained HTML page (inline CSS, no script, no network), with further HTML sections
 * after it; used for the campaign report of {@code assay redteam report --format html}. Raw HTML in the Markdown is
 * escaped, so text from models cannot inject markup.
 */
public final class MarkdownPage {
    private static final List<org.commonmark.Extension> TABLES = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(TABLES).build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().extensions(TABLES).escapeHtml(true).build();

    private MarkdownPage() {}

    /** The page: {@code markdown} rendered, then {@code sections} (already HTML) in order. */
    public static String html(String title, String markdown, List<String> sections) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                + "style-src 'unsafe-inline'; img-src data:\">");
        h.append("<title>")
                .append(Html.esc(title))
                .append("</title><style>")
                .append(Html.resource("report.css"))
                .append("</style></head><body>\n<main>")
                .append(RENDERER.render(PARSER.parse(markdown)))
                .append("</main>\n");
        sections.forEach(h::append);
        return h.append("</body></html>\n").toString();
    }
}
