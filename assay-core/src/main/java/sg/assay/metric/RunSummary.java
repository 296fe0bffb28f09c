package sg.assay.metric;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import sg.assay.target.Usage;

/**
 * The aggregate view of a run: counts, metrics with intervals, breakdowns, timings and usage.
 *
 * @param judgeErrors per scorer, the sample-epochs whose score was a {@code judge-error} (the judge could not judge):
 *     left out of the scorer's metric and counted here; empty when no judge failed
 * @param notAssessed per scorer, the sample-epochs on a category the classifier does not assess ({@code
 *     not-assessed}): left out of the scorer's metric and counted here, never as safe or unsafe
 */
public record RunSummary(
        Counts counts,
        String reducer,
        int epochs,
        List<MetricResult> metrics,
        List<Breakdown> breakdowns,
        TimingSummary timings,
        Usage usage,
        Map<String, Long> judgeErrors,
        Map<String, Long> notAssessed) {
    @SuppressWarnings("ConstantConditions") // summaries stored before these were counted have none
    public RunSummary {
        metrics = List.copyOf(metrics);
        breakdowns = List.copyOf(breakdowns);
        judgeErrors =
                judgeErrors == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(judgeErrors));
        notAssessed =
                notAssessed == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(notAssessed));
    }

    /** A summary without not-assessed scores. */
    public RunSummary(
            Counts counts,
            String reducer,
            int epochs,
            List<MetricResult> metrics,
            List<Breakdown> breakdowns,
            TimingSummary timings,
            Usage usage,
            Map<String, Long> judgeErrors) {
        this(counts, reducer, epochs, metrics, breakdowns, timings, usage, judgeErrors, Map.of());
    }

    /** A summary without judge errors. */
    public RunSummary(
            Counts counts,
            String reducer,
            int epochs,
            List<MetricResult> metrics,
            List<Breakdown> breakdowns,
            TimingSummary timings,
            Usage usage) {
        this(counts, reducer, epochs, metrics, breakdowns, timings, usage, Map.of(), Map.of());
    }
}
