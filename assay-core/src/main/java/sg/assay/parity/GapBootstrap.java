package sg.assay.parity;

import java.util.List;
import sg.assay.stats.Bootstrap;
import sg.assay.stats.BootstrapInterval;

/** The parity gap with a cluster bootstrap over intents that re-selects worst and best in every resample. */
final class GapBootstrap {
    private GapBootstrap() {}

    static ParityGap of(ParityData data, ParitySettings settings) {
        long[][][] counts = data.perIntentCounts();
        List<String> languages = data.languages();
        int intents = data.intents().size();
        double[] observed = rates(counts, identity(intents));
        int worst = 0;
        int best = 0;
        for (int l = 1; l < observed.length; l++) {
            if (settings.direction().worseness(observed[l] - observed[worst]) > 0) {
                worst = l;
            }
            if (settings.direction().worseness(observed[l] - observed[best]) < 0) {
                best = l;
            }
        }
        BootstrapInterval b = Bootstrap.percentile(
                intents,
                idx -> spread(rates(counts, idx)),
                settings.familyLevel(),
                settings.seed(),
                settings.replicates());
        return new ParityGap(languages.get(worst), languages.get(best), b);
    }

    /** Max − min of the rates; NaN when a language has no observation in the resample. */
    private static double spread(double[] rates) {
        double max = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        for (double r : rates) {
            if (Double.isNaN(r)) {
                return Double.NaN;
            }
            max = Math.max(max, r);
            min = Math.min(min, r);
        }
        return max - min;
    }

    private static double[] rates(long[][][] counts, int[] idx) {
        double[] rates = new double[counts.length];
        for (int l = 0; l < counts.length; l++) {
            long positives = 0;
            long n = 0;
            for (int i : idx) {
                positives += counts[l][i][0];
                n += counts[l][i][1];
            }
            rates[l] = n == 0 ? Double.NaN : (double) positives / n;
        }
        return rates;
    }

    private static int[] identity(int n) {
        int[] idx = new int[n];
        for (int i = 0; i < n; i++) {
            idx[i] = i;
        }
        return idx;
    }
}
