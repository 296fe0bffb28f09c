package sg.assay.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Adjustments for testing several hypotheses at once. */
public final class Multiplicity {
    private Multiplicity() {}

    /** The per-comparison confidence level that keeps the family-wise level with m comparisons (Bonferroni). */
    public static double bonferroniLevel(double familyLevel, int comparisons) {
        if (comparisons < 1) {
            throw new IllegalArgumentException("comparisons must be positive: " + comparisons);
        }
        return 1 - (1 - familyLevel) / comparisons;
    }

    /**
     * Holm's (1979) step-down adjusted p-values, which control the family-wise error rate: sorted ascending, p(i) is
     * multiplied by (m − i + 1), made monotone and capped at 1.
     */
    public static double[] holm(double[] p) {
        int m = p.length;
        int[] order = ascending(p);
        double[] adjusted = new double[m];
        double running = 0;
        for (int i = 0; i < m; i++) {
            running = Math.max(running, Math.min(1, (m - i) * p[order[i]]));
            adjusted[order[i]] = running;
        }
        return adjusted;
    }

    /**
     * Benjamini–Hochberg (1995) adjusted p-values (q-values), which control the false discovery rate: sorted
     * ascending, p(i)·m / i, made monotone from the largest down and capped at 1.
     */
    public static double[] benjaminiHochberg(double[] p) {
        int m = p.length;
        int[] order = ascending(p);
        double[] adjusted = new double[m];
        double running = 1;
        for (int i = m - 1; i >= 0; i--) {
            running = Math.min(running, p[order[i]] * m / (i + 1));
            adjusted[order[i]] = running;
        }
        return adjusted;
    }

    private static int[] ascending(double[] p) {
        for (double v : p) {
            if (!(v >= 0 && v <= 1)) {
                throw new IllegalArgumentException("p-values must be in [0, 1]: " + Arrays.toString(p));
            }
        }
        return IntStream.range(0, p.length)
                .boxed()
                .sorted(Comparator.comparingDouble(i -> p[i]))
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
