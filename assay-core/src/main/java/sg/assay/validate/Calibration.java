package sg.assay.validate;

import java.util.ArrayList;
import java.util.List;

/** How well a scorer's probabilities match what happened: the Brier score and a reliability table. */
public final class Calibration {
    private Calibration() {}

    /**
     * One bin of the reliability table.
     *
     * @param from the lower edge (inclusive)
     * @param to the upper edge (exclusive, inclusive for the last bin)
     * @param n how many predictions fell in the bin
     * @param meanPredicted their mean probability
     * @param observed the share that were positive
     */
    public record Bin(double from, double to, long n, double meanPredicted, double observed) {}

    /** The mean of (p − y)² over the pairs; NaN when there are none. */
    public static double brier(double[] probabilities, boolean[] outcomes) {
        double sum = 0;
        for (int i = 0; i < probabilities.length; i++) {
            double d = probabilities[i] - (outcomes[i] ? 1 : 0);
            sum += d * d;
        }
        return probabilities.length == 0 ? Double.NaN : sum / probabilities.length;
    }

    /** The reliability table over equal-width bins of probability; empty bins are left out. */
    public static List<Bin> reliability(double[] probabilities, boolean[] outcomes, int bins) {
        long[] n = new long[bins];
        double[] p = new double[bins];
        long[] yes = new long[bins];
        for (int i = 0; i < probabilities.length; i++) {
            int b = Math.min(bins - 1, (int) Math.floor(probabilities[i] * bins));
            n[b]++;
            p[b] += probabilities[i];
            yes[b] += outcomes[i] ? 1 : 0;
        }
        List<Bin> out = new ArrayList<>();
        for (int b = 0; b < bins; b++) {
            if (n[b] > 0) {
                out.add(new Bin((double) b / bins, (double) (b + 1) / bins, n[b], p[b] / n[b], (double) yes[b] / n[b]));
            }
        }
        return out;
    }
}
