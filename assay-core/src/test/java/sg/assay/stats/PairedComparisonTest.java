package sg.assay.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PairedComparisonTest {
    /**
     * Student's sleep data (Cushny & Peebles 1905; Student 1908), as in R's datasets::sleep and the example of
     * t.test(..., paired = TRUE): mean difference 1.58 (drug 2 − drug 1), t = 4.0621, df = 9, p = 0.002833, 95% CI
     * 0.7001 to 2.4599.
     */
    @Test
    void pairedTMatchesStudentSleepData() {
        double[] drug1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
        double[] drug2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};
        List<Pair> pairs = new ArrayList<>();
        for (int i = 0; i < drug1.length; i++) {
            pairs.add(new Pair(drug2[i], drug1[i], "patient" + i));
        }
        PairedResult r = PairedComparison.compare(pairs, 0.95, 1, 1000);
        assertThat(r.difference().method()).isEqualTo("paired-t");
        assertThat(r.difference().estimate()).isCloseTo(1.58, within(1e-9));
        assertThat(r.difference().lower()).isCloseTo(0.7001, within(0.00006));
        assertThat(r.difference().upper()).isCloseTo(2.4599, within(0.00006));
        assertThat(r.pValue()).isCloseTo(0.002833, within(0.0000006));
    }

    /** Binary independent pairs use Tango and mid-p McNemar: the Cavo et al. (2012) table as in the other test. */
    @Test
    void binaryPairsUseTangoAndMidP() {
        List<Pair> pairs = new ArrayList<>();
        add(pairs, 1, 1, 59);
        add(pairs, 1, 0, 6);
        add(pairs, 0, 1, 16);
        add(pairs, 0, 0, 80);
        PairedResult r = PairedComparison.compare(pairs, 0.95, 1, 1000);
        assertThat(r.test()).isEqualTo("mcnemar-mid-p");
        assertThat(r.difference().method()).isEqualTo("tango-score");
        assertThat(r.difference().lower()).isCloseTo(-0.1240, within(0.00006));
        assertThat(r.pValue()).isCloseTo(0.034690, within(0.0000006));
        assertThat(r.counts()).contains(new PairedCounts(59, 6, 16, 80));
    }

    /**
     * Three clusters whose differences all have the same sign: the exact sign-flip p-value is 2 of 2³ = 0.25, which
     * the Monte Carlo estimate matches within its error.
     */
    @Test
    void signFlipPMatchesExactEnumeration() {
        List<Pair> pairs = List.of(
                new Pair(1, 0, "x"),
                new Pair(1, 0, "x"),
                new Pair(1, 0, "y"),
                new Pair(1, 1, "y"),
                new Pair(1, 0, "z"));
        assertThat(PairedComparison.signFlipP(pairs, 3, 20000)).isCloseTo(0.25, within(0.01));
    }

    @Test
    void clusteredPairsUseClusterBootstrap() {
        List<Pair> pairs = new ArrayList<>();
        java.util.SplittableRandom random = new java.util.SplittableRandom(9);
        for (int c = 0; c < 80; c++) {
            double shift = random.nextDouble() < 0.5 ? 0.3 : 0;
            for (int e = 0; e < 3; e++) {
                double a = random.nextDouble() < 0.3 + shift ? 1 : 0;
                double b = random.nextDouble() < 0.3 ? 1 : 0;
                pairs.add(new Pair(a, b, "intent" + c));
            }
        }
        PairedResult r = PairedComparison.compare(pairs, 0.95, 5, 2000);
        assertThat(r.difference().method()).isEqualTo("cluster-bootstrap-percentile");
        assertThat(r.test()).isEqualTo("cluster-sign-flip");
        assertThat(r.clusters()).isEqualTo(80);
        assertThat(r.pairs()).isEqualTo(240);
        assertThat(r.difference().lower()).isPositive();
        assertThat(r.pValue()).isLessThan(0.01);
        assertThat(r.seed()).isEqualTo(5);
    }

    private static void add(List<Pair> pairs, double a, double b, int count) {
        for (int i = 0; i < count; i++) {
            pairs.add(new Pair(a, b, "u" + pairs.size()));
        }
    }
}
