package sg.assay.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProportionsTest {

    /**
     * Newcombe RG. Two-sided confidence intervals for the single proportion: comparison of seven methods. Stat Med
     * 1998;17:857–872, Table II, method 3 (score interval without continuity correction), 95% limits to 4 d.p.
     */
    @ParameterizedTest
    @CsvSource({"81, 263, 0.2553, 0.3662", "15, 148, 0.0624, 0.1605", "0, 20, 0.0000, 0.1611", "1, 29, 0.0061, 0.1718"})
    void wilsonMatchesNewcombe1998(long k, long n, double lower, double upper) {
        Interval w = Proportions.wilson(k, n, 0.95);
        assertThat(w.lower()).isCloseTo(lower, within(0.00006));
        assertThat(w.upper()).isCloseTo(upper, within(0.00006));
        assertThat(w.estimate()).isEqualTo((double) k / n);
    }

    /** The same paper, Table II, method 5 (Clopper–Pearson "exact" interval), 95% limits to 4 d.p. */
    @ParameterizedTest
    @CsvSource({"81, 263, 0.2527, 0.3676", "15, 148, 0.0578, 0.1617", "0, 20, 0.0000, 0.1684", "1, 29, 0.0009, 0.1776"})
    void clopperPearsonMatchesNewcombe1998(long k, long n, double lower, double upper) {
        Interval cp = Proportions.clopperPearson(k, n, 0.95);
        assertThat(cp.lower()).isCloseTo(lower, within(0.00006));
        assertThat(cp.upper()).isCloseTo(upper, within(0.00006));
    }

    /**
     * For zero events the exact one-sided upper bound has the closed form 1 − (1 − level)^(1/n) (Clopper & Pearson
     * 1934; the basis of Hanley & Lippman-Hand's 1983 "rule of three", 3/n ≈ the 95% bound): for n = 20 it is 1 −
     * 0.05^(1/20) = 0.139108, for n = 300 it is 0.009937 (≈ 3/300).
     */
    @Test
    void exactUpperBoundForZeroEventsHasClosedForm() {
        assertThat(Proportions.clopperPearsonUpper(0, 20, 0.95)).isCloseTo(0.139108, within(1e-6));
        assertThat(Proportions.clopperPearsonUpper(0, 300, 0.95)).isCloseTo(0.009937, within(1e-6));
    }

    /** A one-sided 95% exact upper bound is the upper limit of the two-sided 90% exact interval (by definition). */
    @Test
    void oneSidedUpperBoundEqualsTwoSidedNinetyPercentUpperLimit() {
        assertThat(Proportions.clopperPearsonUpper(15, 148, 0.95))
                .isCloseTo(Proportions.clopperPearson(15, 148, 0.90).upper(), within(1e-12));
        assertThat(Proportions.clopperPearsonUpper(10, 10, 0.95)).isEqualTo(1.0);
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> Proportions.wilson(5, 4, 0.95)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Proportions.clopperPearsonUpper(1, 4, 1.0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
