package sg.assay.stats;

import org.apache.commons.statistics.distribution.NormalDistribution;

/** Intervals for a binomial proportion. */
public final class Proportions {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private Proportions() {}

    /** The two-sided standard normal quantile for a confidence level, e.g. 1.959964 for 0.95. */
    public static double z(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
        }
        return STANDARD_NORMAL.inverseCumulativeProbability(1 - (1 - level) / 2);
    }

    /** The Wilson score interval for {@code successes} out of {@code n}; for n = 0 it is [0, 1] around NaN. */
    public static Interval wilson(long successes, long n, double level) {
        if (successes < 0 || successes > n) {
            throw new IllegalArgumentException("successes must be in [0, n]: " + successes + " of " + n);
        }
        if (n == 0) {
            return new Interval(Double.NaN, 0, 1, level, "wilson");
        }
        double z = z(level);
        double p = (double) successes / n;
        double z2 = z * z;
        double denom = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denom;
        double half = z * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denom;
        double lower = successes == 0 ? 0 : Math.max(0, centre - half);
        double upper = successes == n ? 1 : Math.min(1, centre + half);
        return new Interval(p, lower, upper, level, "wilson");
    }
}
