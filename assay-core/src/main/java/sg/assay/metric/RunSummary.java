package sg.assay.metric;

import java.util.List;
import sg.assay.target.Usage;

/** The aggregate view of a run: counts, metrics with intervals, breakdowns, timings and usage. */
public record RunSummary(
        Counts counts,
        String reducer,
        int epochs,
        List<MetricResult> metrics,
        List<Breakdown> breakdowns,
        TimingSummary timings,
        Usage usage) {
    public RunSummary {
        metrics = List.copyOf(metrics);
        breakdowns = List.copyOf(breakdowns);
    }
}
