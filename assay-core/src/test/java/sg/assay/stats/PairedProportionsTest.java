package sg.assay.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PairedProportionsTest {
    /**
     * Complete response before and after consolidation therapy (Cavo et al. 2012), the worked example of Fagerland
     * MW, Lydersen S, Laake P. Recommended tests and confidence intervals for paired binomial proportions. Stat Med
     * 2014;33:2850–2875, and of their book Statistical Analysis of Contingency Tables (2017), ch. 8: n11 = 59, n12 =
     * 6, n21 = 16, n22 = 80.
     */
    private static final PairedCounts CAVO = new PairedCounts(59, 6, 16, 80);

    /** Bentur et al. (2009) airway hyper-responsiveness data, same sources and Fagerland et al. 2013 (below). */
    private static final PairedCounts BENTUR = new PairedCounts(1, 1, 7, 12);

    /** Fagerland et al. (2014/2017): Tango asymptotic score interval −0.0621 (−0.1240 to −0.0054). */
    @Test
    void tangoMatchesFagerlandCavoExample() {
        Interval t = PairedProportions.tango(CAVO, 0.95);
        assertThat(t.estimate()).isCloseTo(-0.0621, within(0.00005));
        assertThat(t.lower()).isCloseTo(-0.1240, within(0.00006));
        assertThat(t.upper()).isCloseTo(-0.0054, within(0.00006));
    }

    /** Fagerland et al. (2014/2017): Newcombe square-and-add interval −0.0621 (−0.1186 to −0.0046). */
    @Test
    void newcombeMatchesFagerlandCavoExample() {
        Interval nc = PairedProportions.newcombe(CAVO, 0.95);
        assertThat(nc.lower()).isCloseTo(-0.1186, within(0.00006));
        assertThat(nc.upper()).isCloseTo(-0.0046, within(0.00006));
    }

    /** Fagerland et al. (2014/2017): McNemar mid-p test P = 0.034690 for the Cavo data. */
    @Test
    void midPMatchesFagerlandCavoExample() {
        assertThat(PairedProportions.mcnemarMidP(CAVO)).isCloseTo(0.034690, within(0.0000006));
    }

    /**
     * Fagerland MW, Lydersen S, Laake P. The McNemar test for binary matched-pairs data: mid-p and asymptotic are
     * better than exact conditional. BMC Med Res Methodol 2013;13:91, Bentur data (n12 = 1, n21 = 7): exact
     * conditional P = 0.070, mid-p P = 0.039. By hand with X ~ Bin(8, ½): P(X ≤ 1) = 9/256, P(X = 1) = 8/256, so
     * exact = 18/256 = 0.0703125 and mid-p = 2·(9 − 4)/256 = 0.0390625.
     */
    @Test
    void exactAndMidPMatchFagerlandBenturExample() {
        assertThat(PairedProportions.mcnemarExactP(BENTUR)).isCloseTo(18.0 / 256, within(1e-12));
        assertThat(PairedProportions.mcnemarMidP(BENTUR)).isCloseTo(10.0 / 256, within(1e-12));
    }

    /**
     * Agresti A. An Introduction to Categorical Data Analysis, 2nd ed. (2007), §8.1: presidential approval ratings
     * 794, 150, 86, 570; McNemar z = (86 − 150)/√236 = −4.17, so the two-sided p is about 3e−5.
     */
    @Test
    void asymptoticMcNemarMatchesAgrestiApprovalExample() {
        PairedCounts approval = new PairedCounts(794, 150, 86, 570);
        double p = PairedProportions.mcnemarAsymptoticP(approval);
        assertThat(Proportions.z(1 - p)).isCloseTo(4.17, within(0.005));
        assertThat(approval.difference()).isCloseTo(0.04, within(1e-12));
    }

    /** Tango (1998): the score interval excludes 0 exactly when the asymptotic McNemar test rejects. */
    @Test
    void tangoExcludesZeroExactlyWhenMcNemarRejects() {
        for (int b = 0; b <= 20; b++) {
            for (int c = 0; c <= 20; c++) {
                PairedCounts t = new PairedCounts(30, b, c, 40);
                Interval iv = PairedProportions.tango(t, 0.95);
                boolean excludes = iv.lower() > 0 || iv.upper() < 0;
                boolean rejects = PairedProportions.mcnemarAsymptoticP(t) < 0.05;
                assertThat(excludes).as("b=%d c=%d %s", b, c, iv).isEqualTo(rejects);
            }
        }
    }

    @Test
    void noDiscordantPairsGiveAnIntervalAroundZeroAndPOfOne() {
        PairedCounts t = new PairedCounts(10, 0, 0, 10);
        Interval iv = PairedProportions.tango(t, 0.95);
        assertThat(iv.lower()).isNegative();
        assertThat(iv.upper()).isPositive();
        assertThat(PairedProportions.mcnemarMidP(t)).isEqualTo(1.0);
    }
}
