package sg.assay.metric;

import java.util.List;

/** The metrics of the samples that share one value of a dimension, e.g. {@code language = ms}. */
public record Breakdown(String dimension, String value, Counts counts, List<MetricResult> metrics) {
    public Breakdown {
        metrics = List.copyOf(metrics);
    }
}
