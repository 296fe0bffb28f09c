package sg.assay.stats;

import java.util.SplittableRandom;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * Cochran's (1950) Q test that k binary treatments (e.g. languages) have the same success rate, from blocks (e.g.
 * intents) in which every treatment was measured: Q = (k − 1)·[k·ΣCⱼ² − N²] / (k·N − ΣRᵢ²), with column totals Cⱼ,
 * row totals Rᵢ and grand total N; asymptotically χ² with k − 1 degrees of freedom. For k = 2 it equals McNemar's
 * statistic (n12 − n21)² / (n12 + n21).
 *
 * @param q the statistic
 * @param degreesOfFreedom k − 1
 * @param pValue the p-value (from χ², or from the permutation distribution)
 * @param blocks the number of complete blocks used
 * @param method "chi-square" or "cluster-permutation"
 */
public record CochranQ(double q, int degreesOfFreedom, double pValue, int blocks, String method) {

    /** The test with the χ² reference distribution; each row is one block of 0/1 values, one per treatment. */
    public static CochranQ test(int[][] blocks) {
        int k = treatments(blocks);
        double q = statistic(blocks, k);
        double p = q == 0 ? 1 : ChiSquaredDistribution.of(k - 1.0).survivalProbability(q);
        return new CochranQ(q, k - 1, p, blocks.length, "chi-square");
    }

    /**
     * The test with a cluster permutation reference distribution, for blocks that are not independent (e.g. several
     * epochs of one intent): within each cluster the treatment labels are permuted together across its blocks. The
     * Monte Carlo p-value is (1 + #{Q* ≥ Q}) / (1 + replicates).
     */
    public static CochranQ permutation(int[][] blocks, int[] clusterOfBlock, long seed, int replicates) {
        int k = treatments(blocks);
        if (clusterOfBlock.length != blocks.length) {
            throw new IllegalArgumentException("one cluster per block needed: " + clusterOfBlock.length);
        }
        double q = statistic(blocks, k);
        int clusters = 0;
        for (int c : clusterOfBlock) {
            clusters = Math.max(clusters, c + 1);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[][] perms = new int[clusters][k];
        int[][] shuffled = new int[blocks.length][k];
        int extreme = 0;
        for (int r = 0; r < replicates; r++) {
            for (int[] perm : perms) {
                shuffle(perm, random);
            }
            for (int i = 0; i < blocks.length; i++) {
                int[] perm = perms[clusterOfBlock[i]];
                for (int j = 0; j < k; j++) {
                    shuffled[i][j] = blocks[i][perm[j]];
                }
            }
            if (statistic(shuffled, k) >= q - 1e-9) {
                extreme++;
            }
        }
        double p = q == 0 ? 1 : (1.0 + extreme) / (1.0 + replicates);
        return new CochranQ(q, k - 1, p, blocks.length, "cluster-permutation");
    }

    static double statistic(int[][] blocks, int k) {
        long[] columns = new long[k];
        long total = 0;
        long rowSquares = 0;
        for (int[] row : blocks) {
            int r = 0;
            for (int j = 0; j < k; j++) {
                if (row[j] != 0 && row[j] != 1) {
                    throw new IllegalArgumentException("cochran's q needs values 0 or 1: " + row[j]);
                }
                r += row[j];
                columns[j] += row[j];
            }
            total += r;
            rowSquares += (long) r * r;
        }
        double columnSquares = 0;
        for (long c : columns) {
            columnSquares += (double) c * c;
        }
        double denominator = (double) k * total - rowSquares;
        if (denominator == 0) {
            return 0;
        }
        return (k - 1) * (k * columnSquares - (double) total * total) / denominator;
    }

    private static int treatments(int[][] blocks) {
        if (blocks.length == 0) {
            throw new IllegalArgumentException("cochran's q needs at least one block");
        }
        int k = blocks[0].length;
        if (k < 2) {
            throw new IllegalArgumentException("cochran's q needs at least 2 treatments: " + k);
        }
        for (int[] row : blocks) {
            if (row.length != k) {
                throw new IllegalArgumentException("every block needs " + k + " values: " + row.length);
            }
        }
        return k;
    }

    private static void shuffle(int[] perm, SplittableRandom random) {
        for (int i = 0; i < perm.length; i++) {
            perm[i] = i;
        }
        for (int i = perm.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
    }
}
