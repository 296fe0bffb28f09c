package sg.assay.guard;

/**
 * The guard's decision on one text.
 *
 * @param score the probability that the text is a harmful request
 * @param flagged whether the score reached the threshold
 * @param threshold the threshold used
 */
public record GuardVerdict(double score, boolean flagged, double threshold) {}
