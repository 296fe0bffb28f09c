package sg.assay.stats;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Seeded nonparametric bootstrap intervals. A statistic is computed from the indices of the resampled units, so the
 * same code serves the ordinary bootstrap (units = observations) and the cluster bootstrap (units = clusters, e.g.
 * intents with several epochs each). The same seed always gives the same interval.
 */
public final class Bootstrap {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private Bootstrap() {}

    /** A statistic of a resample, given the indices (with repeats) of the units drawn. */
    @FunctionalInterface
    public interface Statistic {
        double of(int[] units);
    }

    /** The percentile interval: the α/2 and 1 − α/2 quantiles of the bootstrap replicates. */
    public static BootstrapInterval percentile(
            int units, Statistic statistic, double level, long seed, int replicates) {
        check(units, level, replicates);
        double estimate = statistic.of(identity(units));
        double[] reps = replicate(units, statistic, seed, replicates);
        double alpha = 1 - level;
        Interval interval = new Interval(
                estimate, quantile(reps, alpha / 2), quantile(reps, 1 - alpha / 2), level, "bootstrap-percentile");
        return new BootstrapInterval(interval, seed, replicates, reps.length, units, sd(reps));
    }

    /**
     * The basic (reverse percentile) interval [2θ̂ − q(1 − α/2), 2θ̂ − q(α/2)] (Davison & Hinkley 1997, §5.2): it
     * assumes θ̂* − θ̂ behaves like θ̂ − θ, so it moves the interval against a bias the bootstrap reproduces, as for
     * the maximum or the range of several estimates.
     */
    public static BootstrapInterval basic(int units, Statistic statistic, double level, long seed, int replicates) {
        check(units, level, replicates);
        double estimate = statistic.of(identity(units));
        double[] reps = replicate(units, statistic, seed, replicates);
        double alpha = 1 - level;
        double lower = 2 * estimate - quantile(reps, 1 - alpha / 2);
        double upper = 2 * estimate - quantile(reps, alpha / 2);
        Interval interval = new Interval(estimate, lower, upper, level, "bootstrap-basic");
        return new BootstrapInterval(interval, seed, replicates, reps.length, units, sd(reps));
    }

    /**
     * The bias-corrected and accelerated (BCa) interval of Efron (1987): the percentiles are shifted by the bias
     * correction z0 = Φ⁻¹(share of replicates below the estimate, ties counted half) and the acceleration a from the
     * jackknife, a = Σ(θ̄ − θᵢ)³ / (6·(Σ(θ̄ − θᵢ)²)^{3/2}).
     */
    public static BootstrapInterval bca(int units, Statistic statistic, double level, long seed, int replicates) {
        check(units, level, replicates);
        double estimate = statistic.of(identity(units));
        double[] reps = replicate(units, statistic, seed, replicates);
        double below = 0;
        for (double r : reps) {
            below += r < estimate ? 1 : (r == estimate ? 0.5 : 0);
        }
        double share = Math.min(Math.max(below / reps.length, 0.5 / reps.length), 1 - 0.5 / reps.length);
        double z0 = STANDARD_NORMAL.inverseCumulativeProbability(share);
        double a = acceleration(units, statistic);
        double alpha = 1 - level;
        double lower = quantile(reps, adjusted(z0, a, alpha / 2));
        double upper = quantile(reps, adjusted(z0, a, 1 - alpha / 2));
        Interval interval = new Interval(estimate, lower, upper, level, "bootstrap-bca");
        return new BootstrapInterval(interval, seed, replicates, reps.length, units, sd(reps));
    }

    /** The percentile interval for the mean of independent values. */
    public static BootstrapInterval mean(double[] values, double level, long seed, int replicates) {
        return percentile(values.length, idx -> meanOf(values, idx), level, seed, replicates);
    }

    /**
     * The cluster bootstrap percentile interval for the mean of clustered observations: whole clusters are drawn with
     * replacement and the mean is taken over all observations of the drawn clusters.
     */
    public static BootstrapInterval clusterMean(
            List<Means.Observation> observations, double level, long seed, int replicates) {
        Map<String, double[]> byCluster = new LinkedHashMap<>();
        for (Means.Observation o : observations) {
            double[] sumCount = byCluster.computeIfAbsent(o.cluster(), k -> new double[2]);
            sumCount[0] += o.value();
            sumCount[1] += 1;
        }
        double[][] clusters = byCluster.values().toArray(double[][]::new);
        Statistic ratio = idx -> {
            double sum = 0;
            double count = 0;
            for (int i : idx) {
                sum += clusters[i][0];
                count += clusters[i][1];
            }
            return sum / count;
        };
        BootstrapInterval b = percentile(clusters.length, ratio, level, seed, replicates);
        Interval iv = b.interval();
        return new BootstrapInterval(
                new Interval(iv.estimate(), iv.lower(), iv.upper(), level, "cluster-bootstrap-percentile"),
                seed,
                replicates,
                b.validReplicates(),
                b.units(),
                b.standardError());
    }

    static double[] replicate(int units, Statistic statistic, long seed, int replicates) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] reps = new double[replicates];
        int valid = 0;
        int[] idx = new int[units];
        for (int r = 0; r < replicates; r++) {
            for (int i = 0; i < units; i++) {
                idx[i] = random.nextInt(units);
            }
            double v = statistic.of(idx);
            if (Double.isFinite(v)) {
                reps[valid++] = v;
            }
        }
        if (valid == 0) {
            throw new IllegalArgumentException("no bootstrap replicate gave a finite statistic");
        }
        double[] out = Arrays.copyOf(reps, valid);
        Arrays.sort(out);
        return out;
    }

    /** The quantile of sorted values with linear interpolation between order statistics (Hyndman–Fan type 7). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * Math.min(Math.max(p, 0), 1);
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    private static double adjusted(double z0, double a, double p) {
        double zp = STANDARD_NORMAL.inverseCumulativeProbability(p);
        return STANDARD_NORMAL.cumulativeProbability(z0 + (z0 + zp) / (1 - a * (z0 + zp)));
    }

    private static double acceleration(int units, Statistic statistic) {
        double[] jack = new double[units];
        int[] idx = new int[units - 1];
        for (int leave = 0; leave < units; leave++) {
            for (int i = 0, j = 0; i < units; i++) {
                if (i != leave) {
                    idx[j++] = i;
                }
            }
            jack[leave] = statistic.of(idx);
        }
        double mean = Means.mean(jack);
        double num = 0;
        double den = 0;
        for (double t : jack) {
            double d = mean - t;
            num += d * d * d;
            den += d * d;
        }
        return den == 0 ? 0 : num / (6 * Math.pow(den, 1.5));
    }

    private static double meanOf(double[] values, int[] idx) {
        double sum = 0;
        for (int i : idx) {
            sum += values[i];
        }
        return sum / idx.length;
    }

    private static int[] identity(int units) {
        int[] idx = new int[units];
        Arrays.setAll(idx, i -> i);
        return idx;
    }

    private static double sd(double[] values) {
        return values.length < 2 ? 0 : Means.stderr(values) * Math.sqrt(values.length);
    }

    private static void check(int units, double level, int replicates) {
        if (units < 2) {
            throw new IllegalArgumentException("the bootstrap needs at least 2 units: " + units);
        }
        if (replicates < 1) {
            throw new IllegalArgumentException("bootstrap replicates must be positive: " + replicates);
        }
        Proportions.z(level);
    }
}
