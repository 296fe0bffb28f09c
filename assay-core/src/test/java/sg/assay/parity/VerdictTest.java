package sg.assay.parity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VerdictTest {
    @Test
    void equivalenceTakesPrecedenceOverASmallSignificantDifference() {
        assertThat(Verdict.of(0.01, 0.03, 0.05, Direction.HIGHER_IS_WORSE)).isEqualTo(Verdict.EQUIVALENT);
    }

    @Test
    void intervalAboveZeroIsWorseWhenHigherIsWorse() {
        assertThat(Verdict.of(0.02, 0.09, 0.05, Direction.HIGHER_IS_WORSE)).isEqualTo(Verdict.WORSE);
        assertThat(Verdict.of(0.02, 0.09, 0.05, Direction.HIGHER_IS_BETTER)).isEqualTo(Verdict.BETTER);
        assertThat(Verdict.of(-0.09, -0.02, 0.05, Direction.HIGHER_IS_WORSE)).isEqualTo(Verdict.BETTER);
    }

    /** Not significantly different but too wide for the margin is never EQUIVALENT. */
    @Test
    void wideIntervalAroundZeroIsInconclusive() {
        assertThat(Verdict.of(-0.04, 0.06, 0.05, Direction.HIGHER_IS_WORSE)).isEqualTo(Verdict.INCONCLUSIVE);
        assertThat(Verdict.of(-0.05, 0.01, 0.05, Direction.HIGHER_IS_WORSE)).isEqualTo(Verdict.INCONCLUSIVE);
    }
}
