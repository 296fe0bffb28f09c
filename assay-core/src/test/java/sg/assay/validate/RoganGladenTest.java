package sg.assay.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RoganGladenTest {

    @Test
    void point_estimate_known_answers() {
        // (0.3 + 0.8 - 1) / (0.9 + 0.8 - 1) = 0.1 / 0.7
        assertThat(RoganGladen.estimate(0.3, 0.9, 0.8)).isCloseTo(1.0 / 7, within(1e-12));
        assertThat(RoganGladen.estimate(0.5, 1, 1)).isEqualTo(0.5);
        assertThat(RoganGladen.estimate(0.1, 0.9, 0.8)).as("clipped at 0").isZero();
        assertThat(RoganGladen.estimate(0.95, 0.9, 0.8)).as("clipped at 1").isEqualTo(1.0);
        assertThat(RoganGladen.estimate(0.5, 0.5, 0.5)).as("Se + Sp = 1").isNaN();
    }

    @Test
    void bootstrap_interval_contains_the_estimate_and_widens_with_a_smaller_validation() {
        CorrectedRate big = RoganGladen.bootstrap(150, 500, 900, 1000, 800, 1000, 0.95, 1, 2000);
        CorrectedRate small = RoganGladen.bootstrap(150, 500, 45, 50, 40, 50, 0.95, 1, 2000);
        assertThat(big.estimate()).isCloseTo((0.3 + 0.8 - 1) / 0.7, within(1e-12));
        assertThat(big.lower()).isLessThan(big.estimate());
        assertThat(big.upper()).isGreaterThan(big.estimate());
        assertThat(small.upper() - small.lower()).isGreaterThan(big.upper() - big.lower());
        assertThat(RoganGladen.bootstrap(150, 500, 900, 1000, 800, 1000, 0.95, 1, 2000))
                .as("seeded")
                .isEqualTo(big);
    }

    @Test
    void lang_reiczigel_is_close_to_the_bootstrap_with_large_samples() {
        CorrectedRate lr = RoganGladen.langReiczigel(150, 500, 900, 1000, 800, 1000, 0.95);
        CorrectedRate bs = RoganGladen.bootstrap(150, 500, 900, 1000, 800, 1000, 0.95, 1, 4000);
        assertThat(lr.lower()).isCloseTo(bs.lower(), within(0.02));
        assertThat(lr.upper()).isCloseTo(bs.upper(), within(0.02));
    }

    @Test
    void undefined_cases_say_why() {
        assertThat(RoganGladen.bootstrap(10, 100, 0, 0, 50, 60, 0.95, 1, 100).undefined())
                .contains("no positive items");
        assertThat(RoganGladen.bootstrap(10, 100, 5, 10, 0, 0, 0.95, 1, 100).undefined())
                .contains("no negative items");
        CorrectedRate chance = RoganGladen.langReiczigel(10, 100, 5, 10, 4, 10, 0.95);
        assertThat(chance.defined()).isFalse();
        assertThat(chance.undefined()).contains("no better than chance");
        assertThat(chance.estimate()).isNaN();
        assertThat(chance.raw()).isEqualTo(0.1);
    }
}
