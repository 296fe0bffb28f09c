package sg.assay.score;

/** How a scorer's values are aggregated: as a proportion of 0/1 values, or as a mean of graded values. */
public enum MetricKind {
    PROPORTION,
    MEAN
}
