package sg.assay.report;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A {@link RunComparison} as Markdown or as one self-contained HTML page: the runs' targets side by side (metrics
 * with intervals, by language, by category, usage and cost), then each run's paired differences from the baseline.
 */
public final class ComparisonReport {
    private ComparisonReport() {}

    /** A table: a header and rows of cells. */
    record Table(List<String> header, List<List<String>> rows) {}

    public static String markdown(RunComparison c) {
        StringBuilder md = new StringBuilder("# Assay comparison: " + c.task() + "\n\n");
        if (c.runs().stream().anyMatch(r -> !r.demoReasons().isEmpty())) {
            md.append(
                    "> **Demo, not a measurement:** at least one run's target, attacker or judge is a built-in mock, not a model.\n\n");
        }
        md.append("Baseline: `")
                .append(c.baseline())
                .append("`. Paired differences are other − baseline on the samples"
                        + " both runs completed (a sample's value is the mean of its epochs), with 95% intervals.\n");
        for (var section : sections(c).entrySet()) {
            md.append("\n## ").append(section.getKey()).append("\n\n");
            Table t = section.getValue();
            md.append("| ").append(String.join(" | ", t.header())).append(" |\n|");
            md.append("---|".repeat(t.header().size())).append('\n');
            for (List<String> row : t.rows()) {
                md.append("| ")
                        .append(String.join(
                                " | ",
                                row.stream().map(s -> s.replace("|", "\\|")).toList()))
                        .append(" |\n");
            }
        }
        md.append("\n---\n\nComparison digest `").append(c.digest()).append("`; run record digests: ");
        md.append(String.join(
                ", ",
                c.runs().stream().map(v -> v.id() + " `" + v.digest() + "`").toList()));
        return md.append(" (SHA-256 over RFC 8785 canonical JSON).\n").toString();
    }

    public static String html(RunComparison c) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
                + "<title>Assay comparison: " + Html.esc(c.task()) + "</title><style>" + Html.resource("report.css")
                + "</style></head><body>\n<header><h1>Assay comparison: " + Html.esc(c.task()) + "</h1>");
        if (c.runs().stream().anyMatch(r -> !r.demoReasons().isEmpty())) {
            h.append("<p class=\"banner\"><strong>Demo, not a measurement:</strong> at least one run's target,"
                    + " attacker or judge is a built-in mock, not a model.</p>");
        }
        h.append("<p>Baseline <code>")
                .append(Html.esc(c.baseline()))
                .append("</code>. Paired differences are other −"
                        + " baseline on the samples both runs completed, with 95% intervals.</p></header>\n");
        for (var section : sections(c).entrySet()) {
            h.append("<section><h2>").append(Html.esc(section.getKey())).append("</h2><table><thead><tr>");
            section.getValue()
                    .header()
                    .forEach(x -> h.append("<th>").append(Html.esc(x)).append("</th>"));
            h.append("</tr></thead><tbody>");
            for (List<String> row : section.getValue().rows()) {
                h.append("<tr>");
                row.forEach(x -> h.append("<td>").append(Html.esc(x)).append("</td>"));
                h.append("</tr>");
            }
            h.append("</tbody></table>");
            if (section.getKey().startsWith("Paired")) {
                h.append(differenceChart(c));
            }
            h.append("</section>\n");
        }
        h.append("<footer><p>Comparison digest <code>")
                .append(Html.esc(c.digest()))
                .append("</code>. Run records: ");
        h.append(String.join(
                ", ",
                c.runs().stream()
                        .map(v -> Html.esc(v.id()) + " <code>" + Html.esc(v.digest()) + "</code>")
                        .toList()));
        return h.append(
                        ". SHA-256 over RFC 8785 canonical JSON; self-contained, no network.</p></footer>\n</body></html>\n")
                .toString();
    }

    private static String differenceChart(RunComparison c) {
        List<HtmlCharts.Bar> bars = c.differences().stream()
                .map(d -> new HtmlCharts.Bar(
                        d.target() + " " + d.scorer(), d.difference(), d.lower(), d.upper(), d.pairs()))
                .toList();
        return HtmlCharts.bars("paired differences from the baseline, with 95% intervals", bars, false);
    }

    static java.util.Map<String, Table> sections(RunComparison c) {
        java.util.Map<String, Table> out = new java.util.LinkedHashMap<>();
        List<String> header = new ArrayList<>(List.of("metric"));
        c.runs().forEach(v -> header.add(v.target() + " (" + v.id() + ")"));
        List<List<String>> metrics = new ArrayList<>();
        for (String scorer : scorers(c)) {
            metrics.add(row(
                    scorer,
                    c,
                    v -> v.metrics().stream()
                            .filter(m -> m.scorer().equals(scorer))
                            .findFirst()
                            .map(ComparisonReport::cell)
                            .orElse("n/a")));
        }
        metrics.add(row(
                "samples completed / total",
                c,
                v -> v.samples().completed() + " / " + v.samples().total()));
        metrics.add(row(
                "tokens in / out",
                c,
                v -> v.usage().inputTokens() + " / " + v.usage().outputTokens()));
        metrics.add(row(
                "cost",
                c,
                v -> v.cost().total() == null
                        ? "n/a"
                        : String.format(
                                Locale.ROOT,
                                "%s %.4f",
                                v.cost().currency(),
                                v.cost().total())));
        out.put("Targets side by side", new Table(header, metrics));
        for (String dim : List.of("language", "category")) {
            List<List<String>> rows = new ArrayList<>();
            for (String value : values(c, dim)) {
                for (String scorer : scorers(c)) {
                    rows.add(row(
                            value + " · " + scorer,
                            c,
                            v -> v.breakdowns().stream()
                                    .filter(b -> b.dimension().equals(dim)
                                            && b.value().equals(value))
                                    .flatMap(b -> b.metrics().stream())
                                    .filter(m -> m.scorer().equals(scorer))
                                    .findFirst()
                                    .map(ComparisonReport::cell)
                                    .orElse("n/a")));
                }
            }
            if (!rows.isEmpty()) {
                out.put("By " + dim, new Table(header, rows));
            }
        }
        List<List<String>> diffs = new ArrayList<>();
        for (RunComparison.PairedDifference d : c.differences()) {
            diffs.add(List.of(
                    d.target() + " (" + d.run() + ")",
                    d.scorer(),
                    String.valueOf(d.pairs()),
                    num(d.baseline()) + " → " + num(d.other()),
                    signed(d.difference()),
                    "[" + signed(d.lower()) + ", " + signed(d.upper()) + "]",
                    d.pValue() == null ? "n/a" : String.format(Locale.ROOT, "%.4f", d.pValue()),
                    d.method() + (d.test().isEmpty() ? "" : ", " + d.test())));
        }
        out.put(
                "Paired differences from " + c.baseline(),
                new Table(
                        List.of(
                                "run",
                                "scorer",
                                "pairs",
                                "baseline → other",
                                "difference",
                                "95% interval",
                                "p",
                                "method"),
                        diffs));
        return out;
    }

    private static List<String> row(String label, RunComparison c, java.util.function.Function<RunView, String> f) {
        List<String> r = new ArrayList<>(List.of(label));
        c.runs().forEach(v -> r.add(f.apply(v)));
        return r;
    }

    private static Set<String> scorers(RunComparison c) {
        Set<String> s = new LinkedHashSet<>();
        c.runs().forEach(v -> v.metrics().forEach(m -> s.add(m.scorer())));
        return s;
    }

    private static Set<String> values(RunComparison c, String dim) {
        Set<String> s = new java.util.TreeSet<>();
        c.runs()
                .forEach(v -> v.breakdowns().stream()
                        .filter(b -> b.dimension().equals(dim))
                        .forEach(b -> s.add(b.value())));
        return s;
    }

    private static String cell(RunView.MetricView m) {
        return num(m.estimate()) + " " + Html.interval(m) + " n=" + m.n();
    }

    private static String num(@Nullable Double d) {
        return Html.num(d);
    }

    private static String signed(@Nullable Double d) {
        return d == null ? "n/a" : String.format(Locale.ROOT, "%+.3f", d);
    }
}
