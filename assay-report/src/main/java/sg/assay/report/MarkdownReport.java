package sg.assay.report;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import sg.assay.finding.FindingsSummary;
import sg.assay.run.RunRecord;

/** A run as a Markdown report: metrics with intervals, breakdowns, counts, timings, usage and provenance. */
public final class MarkdownReport {
    private MarkdownReport() {}

    public static String render(RunRecord run, List<String> failures) {
        return render(RunView.of(run), failures, Optional.empty(), FindingsSummary.of(List.of()));
    }

    /**
     * The report of a view; with {@code samples}, the footer also gives the samples' digest; a findings section is
     * added when the run has findings (probe runs, red-team campaigns).
     */
    public static String render(
            RunView v, List<String> failures, Optional<ReportDigests.Samples> samples, FindingsSummary findings) {
        StringBuilder md = new StringBuilder();
        md.append("# Assay run ").append(v.id()).append("\n\n");
        if (!v.demoReasons().isEmpty()) {
            md.append("> **Demo, not a measurement:** ").append(v.demoNotice()).append(".\n\n");
        }
        md.append("| | |\n|---|---|\n");
        row(md, "task", v.task());
        row(md, "target", "`" + v.target() + "`");
        row(md, "status", v.status() + (v.error().isEmpty() ? "" : " (" + v.error() + ")"));
        if (!v.suiteId().isEmpty()) {
            row(md, "suite", v.suiteId());
        }
        row(
                md,
                "dataset",
                v.dataset().name() + " (" + v.dataset().size() + " samples, "
                        + v.dataset().digest() + ")");
        row(md, "licence", v.dataset().licence());
        row(
                md,
                "samples",
                v.samples().total() + " total: " + v.samples().completed() + " completed, "
                        + v.samples().failed() + " failed, " + v.samples().blocked() + " blocked by provider");
        row(md, "epochs", v.spec().epochs() + " (reducer " + v.spec().reducer() + ")");
        if (!v.judgeErrors().isEmpty()) {
            row(md, "judge errors", judgeErrors(v));
        }
        if (!v.notAssessed().isEmpty()) {
            row(
                    md,
                    "not assessed",
                    v.notAssessed() + " (category not covered by the classifier; left out, never safe)");
        }
        row(md, "created", v.created().toString());
        md.append("\n## Metrics\n\n");
        metrics(md, v.metrics());
        String dim = "";
        for (RunView.BreakdownView b : v.breakdowns()) {
            if (!b.dimension().equals(dim)) {
                dim = b.dimension();
                md.append("\n## By ").append(dim).append("\n\n");
                md.append("| ")
                        .append(dim)
                        .append(" | metric | estimate | 95% interval | n |\n|---|---|---:|---|---:|\n");
            }
            for (RunView.MetricView m : b.metrics()) {
                md.append("| ")
                        .append(b.value())
                        .append(" | ")
                        .append(m.scorer())
                        .append(" | ")
                        .append(fmt(m.estimate()))
                        .append(" | ")
                        .append(interval(m))
                        .append(" | ")
                        .append(m.n())
                        .append(" |\n");
            }
        }
        md.append(JudgeErrorText.markdown(v.judges()));
        md.append("\n## Timings and usage\n\n| | |\n|---|---|\n");
        row(md, "wall time", String.format(Locale.ROOT, "%.1f s", v.timings().wallMs() / 1000.0));
        row(
                md,
                "sample latency",
                String.format(
                        Locale.ROOT,
                        "mean %.0f ms, p50 %d ms, p95 %d ms, max %d ms",
                        v.timings().meanSampleMs(),
                        v.timings().p50SampleMs(),
                        v.timings().p95SampleMs(),
                        v.timings().maxSampleMs()));
        row(
                md,
                "tokens",
                v.usage().inputTokens() + " in, " + v.usage().outputTokens() + " out, "
                        + v.usage().requests() + " requests");
        row(md, "cost", cost(v.cost()));
        if (!failures.isEmpty()) {
            md.append("\n## Failed samples (first ").append(failures.size()).append(")\n\n");
            failures.forEach(f -> md.append("- ").append(f.replace("\n", " ")).append('\n'));
        }
        if (!findings.isEmpty()) {
            md.append(FindingsMarkdown.section(findings));
        }
        md.append("\n## Reproduce\n\n| | |\n|---|---|\n");
        row(md, "solvers", "`" + String.join("`, `", v.spec().solvers()) + "`");
        row(md, "scorers", "`" + String.join("`, `", v.spec().scorers()) + "`");
        row(md, "seed", String.valueOf(v.spec().seed()) + (v.spec().shuffle() ? " (shuffled)" : ""));
        row(
                md,
                "filters",
                v.spec().filters().isEmpty() ? "none" : v.spec().filters().toString());
        row(md, "assay", v.spec().assayVersion() + " @ " + v.spec().gitRevision());
        row(md, "run by", v.spec().user() + " on " + v.spec().host());
        md.append("\n---\n\nRun record digest `").append(v.digest()).append('`');
        samples.ifPresent(s -> md.append("; ")
                .append(s.count())
                .append(" sample lines, digest `")
                .append(s.digest())
                .append('`'));
        md.append(" (SHA-256 over RFC 8785 canonical JSON; check a signed bundle with `assay verify`).\n");
        return md.toString();
    }

    static String cost(RunView.CostView c) {
        if (c.total() == null) {
            return "n/a: " + c.prices();
        }
        return String.format(
                Locale.ROOT,
                "%s %.4f (input %.4f, output %.4f; %.6f per sample) at '%s' prices from %s",
                c.currency(),
                c.total(),
                c.input(),
                c.output(),
                c.perSample() == null ? 0.0 : c.perSample(),
                c.pricedAs(),
                c.prices());
    }

    static void metrics(StringBuilder md, List<RunView.MetricView> metrics) {
        if (metrics.isEmpty()) {
            md.append("No completed samples, so no metrics.\n");
            return;
        }
        md.append("| metric | estimate | 95% interval | n | clusters | method |\n|---|---:|---|---:|---:|---|\n");
        for (RunView.MetricView m : metrics) {
            md.append("| ")
                    .append(m.scorer())
                    .append(" | ")
                    .append(fmt(m.estimate()))
                    .append(" | ")
                    .append(interval(m))
                    .append(" | ")
                    .append(m.n())
                    .append(" | ")
                    .append(m.clusters())
                    .append(" | ")
                    .append(m.method())
                    .append(" |\n");
        }
    }

    /** Samples a judge could not judge, per scorer: left out of that scorer's metric, never counted as a verdict. */
    static String judgeErrors(RunView v) {
        StringBuilder sb = new StringBuilder();
        v.judgeErrors()
                .forEach((scorer, n) -> sb.append(sb.isEmpty() ? "" : ", ")
                        .append(scorer)
                        .append(' ')
                        .append(n));
        return sb + " (left out of the metrics)";
    }

    static String interval(RunView.MetricView m) {
        return "[" + fmt(m.lower()) + ", " + fmt(m.upper()) + "]";
    }

    static String fmt(@org.jspecify.annotations.Nullable Double d) {
        return d == null ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
    }

    private static void row(StringBuilder md, String k, String v) {
        md.append("| ").append(k).append(" | ").append(v.replace("|", "\\|")).append(" |\n");
    }
}
