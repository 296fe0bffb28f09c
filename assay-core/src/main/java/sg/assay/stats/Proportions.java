package sg.assay.stats;

import org.apache.commons.statistics.distribution.BetaDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/** Intervals for a binomial proportion: Wilson score and exact (Clopper–Pearson). */
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

    /**
     * The exact (Clopper–Pearson) two-sided interval: the lower limit is the α/2 quantile of Beta(k, n − k + 1) and
     * the upper limit the 1 − α/2 quantile of Beta(k + 1, n − k), with α = 1 − level.
     */
    public static Interval clopperPearson(long successes, long n, double level) {
        check(successes, n, level);
        if (n == 0) {
            return new Interval(Double.NaN, 0, 1, level, "clopper-pearson");
        }
        double alpha = 1 - level;
        double lower = successes == 0
                ? 0
                : BetaDistribution.of((double) successes, (double) (n - successes) + 1)
                        .inverseCumulativeProbability(alpha / 2);
        double upper = successes == n
                ? 1
                : BetaDistribution.of((double) successes + 1, (double) (n - successes))
                        .inverseCumulativeProbability(1 - alpha / 2);
        return new Interval((double) successes / n, lower, upper, level, "clopper-pearson");
    }

    /**
     * The one-sided exact (Clopper–Pearson) upper confidence bound at {@code level}: the {@code level} quantile of
     * Beta(k + 1, n − k), or 1 when k = n. For k = 0 it equals 1 − (1 − level)^(1/n).
     */
    public static double clopperPearsonUpper(long successes, long n, double level) {
        check(successes, n, level);
        if (n == 0 || successes == n) {
            return 1;
        }
        return BetaDistribution.of((double) successes + 1, (double) (n - successes))
                .inverseCumulativeProbability(level);
    }

    private static void check(long successes, long n, double level) {
        if (successes < 0 || successes > n) {
            throw new IllegalArgumentException("successes must be in [0, n]: " + successes + " of " + n);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be in (0, 1): " + level);
        }
    }

    /**
     * The Wilson interval for an estimated proportion {@code p} from an effective sample size {@code nEffective}
     * that need not be whole: for clustered samples, n divided by the design effect (Kish).
     */
    public static Interval wilson(double p, double nEffective, double level) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("proportion must be in [0, 1]: " + p);
        }
        if (!(nEffective > 0)) {
            return new Interval(p, 0, 1, level, "wilson");
        }
        double z = z(level);
        double z2 = z * z;
        double denom = 1 + z2 / nEffective;
        double centre = (p + z2 / (2.0 * nEffective)) / denom;
        double half = z * Math.sqrt(p * (1 - p) / nEffective + z2 / (4.0 * nEffective * nEffective)) / denom;
        double lower = p == 0 ? 0 : Math.max(0, centre - half);
        double upper = p == 1 ? 1 : Math.min(1, centre + half);
        return new Interval(p, lower, upper, level, "wilson");
    }
}
