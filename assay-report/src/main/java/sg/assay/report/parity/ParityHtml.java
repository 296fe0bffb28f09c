package sg.assay.report.parity;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import sg.assay.ConfigException;
import sg.assay.parity.ParityReport;
import sg.assay.parity.ParitySettings;
import sg.assay.run.RunStore;

/**
 * The parity section of the HTML report: per binary metric, the forest plot of each language against the reference,
 * the language × category heat map, and the same tables as the Markdown report (rendered by commonmark).
 */
public final class ParityHtml {
    private static final List<org.commonmark.Extension> TABLES = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(TABLES).build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().extensions(TABLES).escapeHtml(true).build();

    private ParityHtml() {}

    /**
     * The section, or an empty string when the run does not have the reference language and another one.
     *
     * @param languages the run's languages (from its breakdown)
     */
    public static String section(RunStore store, String runId, List<String> languages, String reference) {
        if (!languages.contains(reference) || languages.size() < 2) {
            return "";
        }
        StringBuilder h = new StringBuilder("<section id=\"parity\"><h2>Cross-language parity</h2>");
        try {
            for (ParityReport r : RunParity.analyse(store, runId, ParitySettings.defaults(reference))) {
                h.append("<h3>")
                        .append(escape(r.metric()))
                        .append("</h3><div class=\"charts\">")
                        .append(ForestPlotSvg.render(r))
                        .append(HeatMapSvg.render(r.categories(), r.metric() + " by language and category"))
                        .append("</div>")
                        .append(RENDERER.render(PARSER.parse(ParityMarkdown.render(r))));
            }
        } catch (ConfigException e) {
            h.append("<p>Not computed: ")
                    .append(escape(String.valueOf(e.getMessage())))
                    .append(".</p>");
        }
        return h.append("</section>").toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
