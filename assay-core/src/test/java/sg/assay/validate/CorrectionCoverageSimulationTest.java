package sg.assay.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Monte Carlo coverage of the corrected-rate intervals: the test sample and both validation groups are drawn afresh
 * each replicate from known prevalence, sensitivity and specificity, and the share of intervals that contain the true
 * prevalence is compared with the nominal 95%, averaged over a grid of settings in the interior. The tolerance is
 * three Monte Carlo standard errors of the averaged coverage, √(0.95·0.05/R) with R all replicates, plus 0.01 for
 * the known slight conservatism of both methods.
 */
@EnabledIfSystemProperty(named = "assay.slow", matches = "true")
class CorrectionCoverageSimulationTest {
    private static final double[] PREVALENCE = {0.1, 0.3, 0.5};
    private static final double[][] ACCURACY = {{0.8, 0.9}, {0.95, 0.85}, {0.9, 0.95}};
    private static final int REPS = 400;

    @Test
    void both_intervals_cover_the_true_prevalence_at_the_nominal_rate() {
        SplittableRandom random = new SplittableRandom(2026);
        int total = 0;
        int coveredBootstrap = 0;
        int coveredLr = 0;
        for (double pi : PREVALENCE) {
            for (double[] acc : ACCURACY) {
                double apparent = pi * acc[0] + (1 - pi) * (1 - acc[1]);
                for (int r = 0; r < REPS; r++) {
                    int n = 400;
                    int nPos = 150;
                    int nNeg = 150;
                    int x = binomial(random, n, apparent);
                    int tp = binomial(random, nPos, acc[0]);
                    int tn = binomial(random, nNeg, acc[1]);
                    CorrectedRate b = RoganGladen.bootstrap(x, n, tp, nPos, tn, nNeg, 0.95, random.nextLong(), 600);
                    CorrectedRate lr = RoganGladen.langReiczigel(x, n, tp, nPos, tn, nNeg, 0.95);
                    coveredBootstrap += b.lower() <= pi && pi <= b.upper() ? 1 : 0;
                    coveredLr += lr.lower() <= pi && pi <= lr.upper() ? 1 : 0;
                    total++;
                }
            }
        }
        double tolerance = 3 * Math.sqrt(0.95 * 0.05 / total);
        double bootstrap = (double) coveredBootstrap / total;
        double lr = (double) coveredLr / total;
        System.getLogger(getClass().getName())
                .log(
                        System.Logger.Level.INFO,
                        "coverage bootstrap {0}, lang-reiczigel {1}, n {2}",
                        bootstrap,
                        lr,
                        total);
        assertThat(bootstrap).isBetween(0.95 - tolerance, 0.95 + tolerance + 0.01);
        assertThat(lr).isBetween(0.95 - tolerance, 0.95 + tolerance + 0.01);
    }

    private static int binomial(SplittableRandom random, int n, double p) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            k += random.nextDouble() < p ? 1 : 0;
        }
        return k;
    }
}
