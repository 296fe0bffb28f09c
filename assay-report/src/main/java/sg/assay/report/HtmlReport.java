package sg.assay.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import sg.assay.finding.FindingsSummary;
import sg.assay.finding.RunFindings;
import sg.assay.finding.TagCatalog;
import sg.assay.report.cost.PriceTable;
import sg.assay.run.RunStore;

/**
 * A run as one self-contained HTML file: inline CSS, inline SVG charts and inline JavaScript, no network. It shows
 * the metrics with intervals, the breakdowns by language and category as bar charts with interval whiskers, usage
 * and cost, the run's findings with their OWASP and ATLAS tags and collapsed reproduction transcripts, and every sample with its transcript and scores in a searchable, filterable table that renders 100 rows
 * at a time from a compact JSON block, so runs of 100,000 samples open quickly. The footer gives the run record's
 * and the samples' content digests.
 */
public final class HtmlReport {
    private HtmlReport() {}

    /** Streams the report to {@code out} and returns the samples' digest shown in its footer. */
    public static ReportDigests.Samples write(RunView v, RunStore store, PriceTable prices, Writer out) {
        try {
            out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                    + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                    + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
                    + "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">");
            out.write("<title>Assay run " + Html.esc(v.id()) + "</title><style>" + Html.resource("report.css")
                    + "</style></head><body>\n");
            out.write(header(v));
            out.write(metrics(v));
            out.write(breakdowns(v));
            out.write(JudgeErrorText.html(v.judges()));
            out.write(sg.assay.report.parity.ParityHtml.section(
                    store,
                    v.id(),
                    v.breakdowns().stream()
                            .filter(b -> b.dimension().equals("language"))
                            .map(RunView.BreakdownView::value)
                            .toList(),
                    "en"));
            out.write(usage(v));
            out.write(FindingsHtml.section(findings(v, store)));
            out.write(Html.resource("samples.html"));
            out.write("<script type=\"application/json\" id=\"assay-data\">");
            List<String> scorers =
                    v.metrics().stream().map(RunView.MetricView::scorer).toList();
            ReportDigests.Samples samples =
                    new HtmlSampleData(scorers, prices.lookup(target(v))).write(store, v.id(), out);
            out.write("</script>\n");
            out.write(footer(v, samples));
            out.write("<script>" + Html.resource("report.js") + "</script>\n</body></html>\n");
            out.flush();
            return samples;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The run's findings: samples a probe scorer or an attack flagged ({@link RunFindings}). */
    static FindingsSummary findings(RunView v, RunStore store) {
        return FindingsSummary.of(store.findRun(v.id())
                .map(r -> new RunFindings(TagCatalog.standard()).of(store, r))
                .orElse(List.of()));
    }

    private static String target(RunView v) {
        int colon = v.target().indexOf(':');
        return colon < 0 ? v.target() : v.target().substring(0, colon);
    }

    private static String header(RunView v) {
        StringBuilder h = new StringBuilder("<header><h1>Assay run <code>" + Html.esc(v.id()) + "</code></h1>");
        if (!v.demoReasons().isEmpty()) {
            h.append("<p class=\"banner demo\"><strong>Demo, not a measurement:</strong> ")
                    .append(Html.esc(v.demoNotice().replace("`", "")))
                    .append(".</p>");
        }
        h.append("<table class=\"facts\">");
        fact(h, "task", v.task());
        fact(h, "target", v.target());
        fact(h, "status", v.status() + (v.error().isEmpty() ? "" : " (" + v.error() + ")"));
        if (!v.suiteId().isEmpty()) {
            fact(h, "suite", v.suiteId());
        }
        fact(
                h,
                "dataset",
                v.dataset().name() + " (" + v.dataset().size() + " samples, "
                        + v.dataset().digest() + ")");
        fact(h, "licence", v.dataset().licence());
        fact(
                h,
                "samples",
                v.samples().total() + " total: " + v.samples().completed() + " completed, "
                        + v.samples().failed() + " failed, " + v.samples().blocked() + " blocked by provider");
        fact(h, "epochs", v.spec().epochs() + " (reducer " + v.spec().reducer() + ")");
        fact(h, "created", v.created().toString());
        return h.append("</table></header>\n").toString();
    }

    private static String metrics(RunView v) {
        StringBuilder h = new StringBuilder("<section><h2>Metrics</h2>");
        if (v.metrics().isEmpty()) {
            return h.append("<p>No completed samples, so no metrics.</p></section>\n")
                    .toString();
        }
        h.append("<table><thead><tr><th>metric</th><th>estimate</th><th>95% interval</th><th>n</th>"
                + "<th>clusters</th><th>method</th></tr></thead><tbody>");
        for (RunView.MetricView m : v.metrics()) {
            h.append("<tr><td>")
                    .append(Html.esc(m.scorer()))
                    .append("</td><td class=\"num\">")
                    .append(Html.num(m.estimate()))
                    .append("</td><td class=\"num\">")
                    .append(Html.interval(m))
                    .append("</td><td class=\"num\">")
                    .append(m.n())
                    .append("</td><td class=\"num\">")
                    .append(m.clusters())
                    .append("</td><td>")
                    .append(Html.esc(m.method()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table>");
        boolean proportions = v.metrics().stream().allMatch(m -> m.kind().equals("proportion"));
        h.append(HtmlCharts.bars(
                "metrics with 95% intervals",
                v.metrics().stream()
                        .map(m -> new HtmlCharts.Bar(m.scorer(), m.estimate(), m.lower(), m.upper(), m.n()))
                        .toList(),
                proportions));
        return h.append("</section>\n").toString();
    }

    private static String breakdowns(RunView v) {
        StringBuilder h = new StringBuilder();
        for (String dim : List.of("language", "category")) {
            List<RunView.BreakdownView> rows = v.breakdowns().stream()
                    .filter(b -> b.dimension().equals(dim))
                    .toList();
            if (rows.isEmpty()) {
                continue;
            }
            h.append("<section><h2>By ").append(dim).append("</h2><div class=\"charts\">");
            for (RunView.MetricView overall : v.metrics()) {
                List<HtmlCharts.Bar> bars = rows.stream()
                        .flatMap(b -> b.metrics().stream()
                                .filter(m -> m.scorer().equals(overall.scorer()))
                                .map(m -> new HtmlCharts.Bar(b.value(), m.estimate(), m.lower(), m.upper(), m.n())))
                        .toList();
                h.append(HtmlCharts.bars(
                        overall.scorer() + " by " + dim, bars, overall.kind().equals("proportion")));
            }
            h.append("</div></section>\n");
        }
        return h.toString();
    }

    private static String usage(RunView v) {
        StringBuilder h = new StringBuilder("<section><h2>Timings, usage and cost</h2><table class=\"facts\">");
        fact(h, "wall time", String.format(Locale.ROOT, "%.1f s", v.timings().wallMs() / 1000.0));
        fact(
                h,
                "sample latency",
                String.format(
                        Locale.ROOT,
                        "mean %.0f ms, p50 %d ms, p95 %d ms, max %d ms",
                        v.timings().meanSampleMs(),
                        v.timings().p50SampleMs(),
                        v.timings().p95SampleMs(),
                        v.timings().maxSampleMs()));
        fact(
                h,
                "tokens",
                v.usage().inputTokens() + " in, " + v.usage().outputTokens() + " out, "
                        + v.usage().requests() + " requests");
        fact(h, "cost", MarkdownReport.cost(v.cost()));
        fact(h, "solvers", String.join(", ", v.spec().solvers()));
        fact(h, "scorers", String.join(", ", v.spec().scorers()));
        fact(h, "seed", v.spec().seed() + (v.spec().shuffle() ? " (shuffled)" : ""));
        fact(h, "assay", v.spec().assayVersion() + " @ " + v.spec().gitRevision());
        fact(h, "run by", v.spec().user() + " on " + v.spec().host());
        return h.append("</table></section>\n").toString();
    }

    private static String footer(RunView v, ReportDigests.Samples s) {
        return "<footer><p>Run record digest <code>" + Html.esc(v.digest()) + "</code>; " + s.count()
                + " sample lines, digest <code>" + Html.esc(s.digest()) + "</code>.</p><p>SHA-256 over RFC 8785 "
                + "canonical JSON, the values a bundle signed with <code>assay sign " + Html.esc(v.id())
                + "</code> records; check it with <code>assay verify</code>. This file is self-contained: it loads"
                + " nothing from the network.</p></footer>\n";
    }

    static void fact(StringBuilder h, String k, String v) {
        h.append("<tr><th>")
                .append(Html.esc(k))
                .append("</th><td>")
                .append(Html.esc(v))
                .append("</td></tr>");
    }
}
