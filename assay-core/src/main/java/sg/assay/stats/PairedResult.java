package sg.assay.stats;

import java.util.Objects;
import java.util.Optional;

/**
 * The comparison of two paired measurements: the difference of means, mean(a) − mean(b), with its interval and a
 * two-sided p-value for "no difference".
 *
 * @param pairs the number of pairs
 * @param clusters the number of distinct clusters among the pairs
 * @param meanA the mean of a
 * @param meanB the mean of b
 * @param difference the difference with its interval; {@link Interval#method()} names the interval method
 * @param pValue the two-sided p-value
 * @param test the test that gave the p-value (e.g. "mcnemar-mid-p", "cluster-sign-flip", "paired-t")
 * @param counts the paired 2×2 table when both values are binary
 * @param seed the seed used by resampling methods (recorded even when the chosen methods are deterministic)
 */
public record PairedResult(
        int pairs,
        int clusters,
        double meanA,
        double meanB,
        Interval difference,
        double pValue,
        String test,
        Optional<PairedCounts> counts,
        long seed) {
    public PairedResult {
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(test, "test");
        Objects.requireNonNull(counts, "counts");
    }
}
