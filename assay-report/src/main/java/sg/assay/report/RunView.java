package sg.assay.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import sg.assay.metric.Breakdown;
import sg.assay.metric.Counts;
import sg.assay.metric.MetricResult;
import sg.assay.metric.RunSummary;
import sg.assay.metric.TimingSummary;
import sg.assay.report.cost.PriceTable;
import sg.assay.run.RunRecord;
import sg.assay.run.RunSpec;
import sg.assay.target.Usage;

/**
 * The documented JSON shape of one run ({@code docs/schemas/run.schema.json}): what {@code runs show --json} prints
 * and what the JSON report contains.
 */
public record RunView(
        String id,
        String suiteId,
        String task,
        String target,
        boolean mockTarget,
        String status,
        String error,
        Instant created,
        Instant updated,
        DatasetView dataset,
        SamplesView samples,
        List<MetricView> metrics,
        List<BreakdownView> breakdowns,
        TimingsView timings,
        UsageView usage,
        Map<String, Long> judgeErrors,

        @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_EMPTY)
        Map<String, Long> notAssessed,

        SpecView spec,
        CostView cost,
        List<JudgeErrorView> judges,
        String digest) {
    public RunView {
        judges = List.copyOf(judges);
    }

    /** The dataset the run used. */
    public record DatasetView(String name, String source, String digest, int size, String licence) {}

    /** How many sample-epochs the run has and how they ended. */
    public record SamplesView(long total, long completed, long failed, long blocked) {}

    /** One metric with its 95% interval. */
    public record MetricView(
            String scorer,
            String kind,
            @Nullable Double estimate,
            @Nullable Double lower,
            @Nullable Double upper,
            long n,
            long clusters,
            String method) {}

    /** The metrics of one value of a dimension. */
    public record BreakdownView(String dimension, String value, long samples, List<MetricView> metrics) {}

    /** Wall time and per-sample latency, in milliseconds. */
    public record TimingsView(long wallMs, double meanSampleMs, long p50SampleMs, long p95SampleMs, long maxSampleMs) {}

    /** Token usage. */
    public record UsageView(long inputTokens, long outputTokens, long totalTokens, long requests) {}

    /**
     * What the run's tokens cost under a price table; the amounts are null when the target has no price.
     *
     * @param perSample the total divided by the sample-epochs of the run
     * @param pricedAs the price table entry that matched, empty when none did
     * @param prices where the price came from, or why there is none
     */
    public record CostView(
            String currency,
            @Nullable Double input,
            @Nullable Double output,
            @Nullable Double total,
            @Nullable Double perSample,
            String pricedAs,
            String prices) {
        static CostView of(String target, Usage u, long samples, PriceTable table) {
            return table.lookup(target)
                    .map(p -> new CostView(
                            p.currency(),
                            p.inputCost(u),
                            p.outputCost(u),
                            p.cost(u),
                            samples == 0 ? null : p.cost(u) / samples,
                            p.key(),
                            p.source()))
                    .orElseGet(() -> new CostView(
                            "", null, null, null, null, "", "no price for '" + target + "' in the price table"));
        }
    }

    /** What is needed to reproduce the run. */
    public record SpecView(
            List<String> solvers,
            List<String> scorers,
            int epochs,
            String reducer,
            long seed,
            boolean shuffle,
            Map<String, String> filters,
            int maxConnections,
            int limit,
            String assayVersion,
            String gitRevision,
            String user,
            String host) {}

    /** The view with costs from the bundled example prices. */
    public static RunView of(RunRecord r) {
        return of(r, PriceTable.bundled());
    }

    /**
     * The view of a run, with costs under {@code prices} and the run record's content {@link #digest}: SHA-256 over
     * the RFC 8785 form of this view without its {@code digest}, {@code cost} and {@code judges} members (cost depends on
     * a price table, judges on validations stored later; neither on the run).
     */
    public static RunView of(RunRecord r, PriceTable prices) {
        return of(r, prices, List.of());
    }

    /**
     * The view with the error of each judge the run used ({@code sg.assay.validate.RunJudges} finds it in the store):
     * its validation per language and the rates corrected for it. The judges are left out of the digest too, since a
     * later validation changes them and not the run.
     */
    public static RunView of(RunRecord r, PriceTable prices, List<sg.assay.validate.JudgeCorrection> judges) {
        RunView draft = draft(r, prices, judges.stream().map(JudgeErrorView::of).toList());
        return draft.withDigest(ReportDigests.run(draft));
    }

    RunView withDigest(String d) {
        return new RunView(
                id,
                suiteId,
                task,
                target,
                mockTarget,
                status,
                error,
                created,
                updated,
                dataset,
                samples,
                metrics,
                breakdowns,
                timings,
                usage,
                judgeErrors,
                notAssessed,
                spec,
                cost,
                judges,
                d);
    }

    private static RunView draft(RunRecord r, PriceTable prices, List<JudgeErrorView> judges) {
        RunSpec s = r.spec();
        RunSummary summary = r.summary()
                .orElse(new RunSummary(
                        new Counts(0, 0, 0, 0),
                        s.reducer(),
                        s.epochs(),
                        List.of(),
                        List.of(),
                        new TimingSummary(0, 0, 0, 0, 0),
                        Usage.ZERO));
        Counts c = summary.counts();
        TimingSummary t = summary.timings();
        Usage u = summary.usage();
        return new RunView(
                r.id(),
                r.suiteId(),
                s.task(),
                s.target().render(),
                s.target().name().startsWith("mock/"),
                r.status().word(),
                r.error(),
                r.created(),
                r.updated(),
                new DatasetView(
                        s.dataset().name(),
                        s.dataset().source(),
                        s.dataset().digest(),
                        s.dataset().samples(),
                        s.dataset().licence()),
                new SamplesView(c.total(), c.completed(), c.failed(), c.blocked()),
                summary.metrics().stream().map(RunView::metric).toList(),
                summary.breakdowns().stream().map(RunView::breakdown).toList(),
                new TimingsView(t.wallMs(), t.meanSampleMs(), t.p50SampleMs(), t.p95SampleMs(), t.maxSampleMs()),
                new UsageView(u.inputTokens(), u.outputTokens(), u.totalTokens(), u.requests()),
                summary.judgeErrors(),
                summary.notAssessed(),
                new SpecView(
                        s.solvers().stream().map(sg.assay.Spec::render).toList(),
                        s.scorers().stream().map(sg.assay.Spec::render).toList(),
                        s.epochs(),
                        s.reducer(),
                        s.seed(),
                        s.shuffle(),
                        s.filters(),
                        s.limits().maxConnections(),
                        s.limits().limit(),
                        s.provenance().assayVersion(),
                        s.provenance().gitRevision(),
                        s.provenance().user(),
                        s.provenance().host()),
                CostView.of(s.target().name(), u, c.total(), prices),
                judges,
                "");
    }

    /**
     * How reports name a built-in target: {@code mock/guarded} is the offline reference system (the embedded guard in
     * front of a neutral assistant), every other {@code mock/*} a test double; both are demos, not measurements of a
     * model. Empty for real targets.
     */
    public String mockNotice() {
        return mockTarget ? sg.assay.run.Demo.target(target) : "";
    }

    /**
     * Why this run is a demo, not a measurement: a mock target, or a mock attacker, judge or rewriting model named in
     * its solvers or scorers ({@link sg.assay.run.Demo}); empty for a measurement.
     */
    public List<String> demoReasons() {
        return sg.assay.run.Demo.reasons(sg.assay.Spec.parse(target), specs(spec.solvers()), specs(spec.scorers()));
    }

    /** {@link #demoReasons()} joined into one sentence fragment, or empty. */
    public String demoNotice() {
        return String.join("; ", demoReasons());
    }

    private static List<sg.assay.Spec> specs(List<String> rendered) {
        return rendered.stream().map(sg.assay.Spec::parse).toList();
    }

    static MetricView metric(MetricResult m) {
        return new MetricView(
                m.scorer(),
                m.kind().name().toLowerCase(java.util.Locale.ROOT),
                num(m.estimate()),
                num(m.lower()),
                num(m.upper()),
                m.n(),
                m.clusters(),
                m.method());
    }

    /** JSON has no NaN: an undefined number is written as null. */
    static @Nullable Double num(double v) {
        return Double.isNaN(v) || Double.isInfinite(v) ? null : v;
    }

    static BreakdownView breakdown(Breakdown b) {
        return new BreakdownView(
                b.dimension(),
                b.value(),
                b.counts().total(),
                b.metrics().stream().map(RunView::metric).toList());
    }
}
