package sg.assay.stats;

import java.util.Objects;

/**
 * A bootstrap interval with what is needed to reproduce it.
 *
 * @param interval the estimate on the original data and the interval
 * @param seed the seed of the {@link java.util.SplittableRandom} that drew the resamples
 * @param replicates the number of resamples drawn
 * @param validReplicates the resamples whose statistic was finite (the others are left out)
 * @param units the number of units resampled (observations, or clusters for a cluster bootstrap)
 * @param standardError the standard deviation of the finite bootstrap replicates
 */
public record BootstrapInterval(
        Interval interval, long seed, int replicates, int validReplicates, int units, double standardError) {
    public BootstrapInterval {
        Objects.requireNonNull(interval, "interval");
    }
}
