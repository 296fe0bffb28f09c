package sg.assay.metric;

import sg.assay.score.MetricKind;

/**
 * One aggregated metric: a scorer's values over the samples that completed, with a 95% interval.
 *
 * @param scorer the scorer whose values these are
 * @param kind proportion or mean
 * @param estimate the rate or mean
 * @param lower the lower end of the interval
 * @param upper the upper end of the interval
 * @param n the number of samples (after reducing epochs)
 * @param clusters the number of distinct groups among them
 * @param stderr the standard error used, or NaN for score intervals
 * @param method how the interval was computed, e.g. {@code wilson} or {@code cluster-robust}
 */
public record MetricResult(
        String scorer,
        MetricKind kind,
        double estimate,
        double lower,
        double upper,
        long n,
        long clusters,
        double stderr,
        String method) {}
