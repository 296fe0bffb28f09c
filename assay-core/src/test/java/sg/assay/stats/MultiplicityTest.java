package sg.assay.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class MultiplicityTest {
    private static final double[] P = {0.01, 0.04, 0.03, 0.005};

    /**
     * By hand from Holm (1979): sorted 0.005, 0.01, 0.03, 0.04 → 4·0.005 = 0.02, 3·0.01 = 0.03, 2·0.03 = 0.06,
     * max(0.06, 1·0.04) = 0.06; in input order 0.03, 0.06, 0.06, 0.02.
     */
    @Test
    void holmByHand() {
        assertThat(Multiplicity.holm(P)).containsExactly(new double[] {0.03, 0.06, 0.06, 0.02}, within(1e-12));
    }

    /**
     * By hand from Benjamini & Hochberg (1995): sorted p·m/i = 0.02, 0.02, 0.04, 0.04, made monotone from the top
     * (unchanged); in input order 0.02, 0.04, 0.04, 0.02.
     */
    @Test
    void benjaminiHochbergByHand() {
        assertThat(Multiplicity.benjaminiHochberg(P))
                .containsExactly(new double[] {0.02, 0.04, 0.04, 0.02}, within(1e-12));
    }

    @Test
    void bonferroniLevelForEightComparisons() {
        assertThat(Multiplicity.bonferroniLevel(0.95, 8)).isCloseTo(0.99375, within(1e-12));
    }
}
