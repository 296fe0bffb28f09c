package sg.assay.stats;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Paired comparison of two measurements on the same units, e.g. two runs on the same samples, or one language and
 * English on the same intents. The difference is mean(a) − mean(b).
 *
 * <p>{@link #compare} chooses the method from the data: one pair per cluster with binary values gives Tango's score
 * interval and the mid-p McNemar test; one pair per cluster with graded values gives the paired t interval and test;
 * several pairs per cluster (e.g. epochs) gives a cluster bootstrap interval and a cluster sign-flip permutation test,
 * because pairs within a cluster are not independent.
 */
public final class PairedComparison {
    private PairedComparison() {}

    /** Compares with the method suited to the data (see the class comment). */
    public static PairedResult compare(List<Pair> pairs, double level, long seed, int replicates) {
        requirePairs(pairs);
        boolean clustered = clusterCount(pairs) < pairs.size();
        if (clustered) {
            return clusterBootstrap(pairs, level, seed, replicates);
        }
        boolean binary = pairs.stream().allMatch(Pair::binary);
        return binary ? tango(pairs, level, seed) : pairedT(pairs, level, seed);
    }

    /** Tango's score interval and the mid-p McNemar test, for independent binary pairs. */
    public static PairedResult tango(List<Pair> pairs, double level, long seed) {
        requirePairs(pairs);
        PairedCounts counts = PairedCounts.of(pairs);
        return binaryResult(pairs, counts, PairedProportions.tango(counts, level), seed);
    }

    /** Newcombe's hybrid score interval and the mid-p McNemar test, for independent binary pairs. */
    public static PairedResult newcombe(List<Pair> pairs, double level, long seed) {
        requirePairs(pairs);
        PairedCounts counts = PairedCounts.of(pairs);
        return binaryResult(pairs, counts, PairedProportions.newcombe(counts, level), seed);
    }

    /** The paired t interval and test on the differences a − b, for independent graded pairs. */
    public static PairedResult pairedT(List<Pair> pairs, double level, long seed) {
        requirePairs(pairs);
        int n = pairs.size();
        if (n < 2) {
            throw new IllegalArgumentException("the paired t interval needs at least 2 pairs: " + n);
        }
        double[] d = pairs.stream().mapToDouble(Pair::difference).toArray();
        double mean = Means.mean(d);
        double se = Means.stderr(d);
        TDistribution t = TDistribution.of(n - 1.0);
        double q = t.inverseSurvivalProbability((1 - level) / 2);
        double p = se == 0 ? (mean == 0 ? 1 : 0) : 2 * t.survivalProbability(Math.abs(mean / se));
        Interval iv = new Interval(mean, mean - q * se, mean + q * se, level, "paired-t");
        return result(pairs, iv, p, "paired-t", Optional.empty(), seed);
    }

    /**
     * The cluster bootstrap percentile interval for the mean difference (whole clusters drawn with replacement) and
     * the cluster sign-flip permutation p-value, for pairs that are clustered (e.g. several epochs per intent).
     */
    public static PairedResult clusterBootstrap(List<Pair> pairs, double level, long seed, int replicates) {
        requirePairs(pairs);
        double[][] clusters = clusterSums(pairs);
        if (clusters.length < 2) {
            throw new IllegalArgumentException("the cluster bootstrap needs at least 2 clusters: " + clusters.length);
        }
        Bootstrap.Statistic ratio = idx -> {
            double sum = 0;
            double count = 0;
            for (int i : idx) {
                sum += clusters[i][0];
                count += clusters[i][1];
            }
            return sum / count;
        };
        Interval b = Bootstrap.percentile(clusters.length, ratio, level, seed, replicates)
                .interval();
        Interval iv = new Interval(b.estimate(), b.lower(), b.upper(), level, "cluster-bootstrap-percentile");
        double p = signFlipP(pairs, seed, replicates);
        boolean binary = pairs.stream().allMatch(Pair::binary);
        return result(
                pairs,
                iv,
                p,
                "cluster-sign-flip",
                binary ? Optional.of(PairedCounts.of(pairs)) : Optional.empty(),
                seed);
    }

    /**
     * The two-sided cluster sign-flip permutation p-value for "no difference": under the null the labels a and b are
     * exchangeable within a unit, so each cluster's total difference keeps or flips its sign with probability ½. The
     * Monte Carlo p-value is (1 + #{|Σ ±Tg| ≥ |Σ Tg|}) / (1 + replicates).
     */
    public static double signFlipP(List<Pair> pairs, long seed, int replicates) {
        double[][] clusters = clusterSums(pairs);
        double observed = 0;
        for (double[] c : clusters) {
            observed += c[0];
        }
        double target = Math.abs(observed) - 1e-9;
        if (target <= 0) {
            return 1;
        }
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        int extreme = 0;
        for (int r = 0; r < replicates; r++) {
            double s = 0;
            for (double[] c : clusters) {
                s += random.nextBoolean() ? c[0] : -c[0];
            }
            if (Math.abs(s) >= target) {
                extreme++;
            }
        }
        return (1.0 + extreme) / (1.0 + replicates);
    }

    private static PairedResult binaryResult(List<Pair> pairs, PairedCounts counts, Interval iv, long seed) {
        return result(pairs, iv, PairedProportions.mcnemarMidP(counts), "mcnemar-mid-p", Optional.of(counts), seed);
    }

    private static PairedResult result(
            List<Pair> pairs, Interval iv, double p, String test, Optional<PairedCounts> counts, long seed) {
        double sumA = 0;
        double sumB = 0;
        for (Pair pair : pairs) {
            sumA += pair.a();
            sumB += pair.b();
        }
        int n = pairs.size();
        return new PairedResult(n, clusterCount(pairs), sumA / n, sumB / n, iv, p, test, counts, seed);
    }

    /** Per cluster, in first-seen order: the sum of differences a − b and the number of pairs. */
    private static double[][] clusterSums(List<Pair> pairs) {
        Map<String, double[]> byCluster = new LinkedHashMap<>();
        for (Pair p : pairs) {
            double[] s = byCluster.computeIfAbsent(p.cluster(), k -> new double[2]);
            s[0] += p.difference();
            s[1] += 1;
        }
        return byCluster.values().toArray(double[][]::new);
    }

    private static int clusterCount(List<Pair> pairs) {
        return (int) pairs.stream().map(Pair::cluster).distinct().count();
    }

    private static void requirePairs(List<Pair> pairs) {
        if (pairs.isEmpty()) {
            throw new IllegalArgumentException("a paired comparison needs at least one pair");
        }
    }
}
