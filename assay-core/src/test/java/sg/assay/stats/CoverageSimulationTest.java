package sg.assay.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Monte Carlo checks that the intervals hold their coverage and the tests their size, averaged over a grid of rates.
 * Seeded, capped at 2,000 replicates per grid point; the tolerance is 3 Monte Carlo standard errors of the averaged
 * estimate, √(π(1 − π)/R) with R the total number of replicates.
 */
@EnabledIfSystemProperty(named = "assay.slow", matches = "true")
class CoverageSimulationTest {
    private static final int REPS = 2000;
    private static final double[] RATES = {0.05, 0.1, 0.2, 0.3, 0.5};

    @Test
    void wilsonCoverageIsNominalOnAverage() {
        SplittableRandom random = new SplittableRandom(101);
        int covered = 0;
        int total = 0;
        for (double p : RATES) {
            for (int n : new int[] {50, 200}) {
                for (int r = 0; r < REPS; r++) {
                    int k = binomial(random, n, p);
                    covered += Proportions.wilson(k, n, 0.95).contains(p) ? 1 : 0;
                    total++;
                }
            }
        }
        assertWithinThreeSe((double) covered / total, 0.95, total);
    }

    /** Clopper–Pearson's one-sided upper bound is exact, so conservative: at least nominal, up to Monte Carlo error. */
    @Test
    void exactUpperBoundIsAtLeastNominal() {
        SplittableRandom random = new SplittableRandom(102);
        int covered = 0;
        int total = 0;
        for (double p : RATES) {
            for (int r = 0; r < REPS; r++) {
                int k = binomial(random, 100, p);
                covered += p <= Proportions.clopperPearsonUpper(k, 100, 0.95) ? 1 : 0;
                total++;
            }
        }
        assertThat((double) covered / total).isGreaterThanOrEqualTo(0.95 - 3 * se(0.95, total));
    }

    /** Tango's interval on correlated pairs (ρ = 0.3), n = 200, for differences 0, 0.05 and 0.10. */
    @Test
    void tangoCoverageIsNominalOnAverage() {
        SplittableRandom random = new SplittableRandom(103);
        int covered = 0;
        int total = 0;
        for (double p0 : new double[] {0.05, 0.1, 0.2, 0.3}) {
            for (double d : new double[] {0, 0.05, 0.10}) {
                double[] cells = cells(p0 + d, p0, 0.3);
                for (int r = 0; r < REPS; r++) {
                    PairedCounts t = draw(random, cells, 200);
                    covered += PairedProportions.tango(t, 0.95).contains(d) ? 1 : 0;
                    total++;
                }
            }
        }
        assertWithinThreeSe((double) covered / total, 0.95, total);
    }

    /** Under no difference the mid-p McNemar test rejects at most at its nominal 5%, up to Monte Carlo error. */
    @Test
    void midPMcNemarHoldsItsSize() {
        SplittableRandom random = new SplittableRandom(104);
        int rejected = 0;
        int total = 0;
        for (double p : new double[] {0.05, 0.1, 0.2, 0.3}) {
            double[] cells = cells(p, p, 0.3);
            for (int r = 0; r < REPS; r++) {
                rejected += PairedProportions.mcnemarMidP(draw(random, cells, 200)) < 0.05 ? 1 : 0;
                total++;
            }
        }
        assertWithinThreeSe((double) rejected / total, 0.05, total);
    }

    /**
     * Clustered pairs: 150 intents × 3 epochs, intent propensity 0.05 or 0.35 (so outcomes repeat within an intent),
     * language raises each intent's rate by 0.05; the true mean difference is 0.05.
     */
    @Test
    void clusterBootstrapCoverageIsNominal() {
        SplittableRandom random = new SplittableRandom(105);
        int covered = 0;
        int rejectedUnderNull = 0;
        int reps = 1000;
        for (int r = 0; r < reps; r++) {
            List<Pair> shifted = new ArrayList<>();
            List<Pair> equal = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                double p = random.nextBoolean() ? 0.05 : 0.35;
                for (int e = 0; e < 3; e++) {
                    double b = random.nextDouble() < p ? 1 : 0;
                    shifted.add(new Pair(random.nextDouble() < p + 0.05 ? 1 : 0, b, "i" + i));
                    equal.add(new Pair(random.nextDouble() < p ? 1 : 0, b, "i" + i));
                }
            }
            covered += PairedComparison.clusterBootstrap(shifted, 0.95, r, 1000)
                            .difference()
                            .contains(0.05)
                    ? 1
                    : 0;
            rejectedUnderNull += PairedComparison.signFlipP(equal, r, 1000) < 0.05 ? 1 : 0;
        }
        assertWithinThreeSe((double) covered / reps, 0.95, reps);
        assertWithinThreeSe((double) rejectedUnderNull / reps, 0.05, reps);
    }

    static void assertWithinThreeSe(double observed, double nominal, int total) {
        assertThat(observed).isBetween(nominal - 3 * se(nominal, total), nominal + 3 * se(nominal, total));
    }

    static double se(double nominal, int total) {
        return Math.sqrt(nominal * (1 - nominal) / total);
    }

    /** Cell probabilities {both, onlyA, onlyB, neither} for rates pa, pb and correlation ρ. */
    static double[] cells(double pa, double pb, double rho) {
        double both = pa * pb + rho * Math.sqrt(pa * (1 - pa) * pb * (1 - pb));
        return new double[] {both, pa - both, pb - both, 1 - pa - pb + both};
    }

    static PairedCounts draw(SplittableRandom random, double[] cells, int n) {
        long[] c = new long[4];
        for (int i = 0; i < n; i++) {
            double u = random.nextDouble();
            int j = 0;
            double acc = cells[0];
            while (u >= acc && j < 3) {
                acc += cells[++j];
            }
            c[j]++;
        }
        return new PairedCounts(c[0], c[1], c[2], c[3]);
    }

    private static int binomial(SplittableRandom random, int n, double p) {
        int k = 0;
        for (int i = 0; i < n; i++) {
            k += random.nextDouble() < p ? 1 : 0;
        }
        return k;
    }
}
