package sg.assay.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;

class PlannerTest {
    /**
     * Connor RJ. Sample size for testing differences in proportions for the paired-sample design. Biometrics
     * 1987;43:207–211, eq. (3), by hand for 9 languages, baseline 0.10, detect 0.10, α = 0.05/8 = 0.00625: z_{α/2} =
     * 2.734369, z_{0.8} = 0.841621; independence gives ψ = 0.1 + 0.2 − 2·0.02 = 0.26; n = (2.734369·√0.26 +
     * 0.841621·√0.25)² / 0.01 = 1.815071² / 0.01 = 329.45, so 330 intents.
     */
    @Test
    void detectionSampleSizeByHandFromConnor() {
        Plan plan = Planner.plan(PlanRequest.of(9, 0.10, 0.10));
        assertThat(plan.comparisons()).isEqualTo(8);
        assertThat(plan.alphaPerComparison()).isCloseTo(0.00625, within(1e-12));
        assertThat(plan.discordance()).isCloseTo(0.26, within(1e-12));
        assertThat(plan.intentsToDetect()).isEqualTo(330);
        assertThat(plan.intentsForEquivalence()).isEmpty();
    }

    /**
     * Equivalence by hand: ψ0 = 2·0.1·0.9 = 0.18, z_{α/2} + z_{0.9} = 2.734369 + 1.281552 = 4.015920, n = 0.18 ·
     * 4.015920² / 0.05² = 1161.19, so 1162 intents.
     */
    @Test
    void equivalenceSampleSizeByHand() {
        Plan plan = Planner.plan(PlanRequest.of(9, 0.10, 0.10).withMargin(0.05));
        assertThat(plan.intentsForEquivalence()).hasValue(1162);
        assertThat(plan.equivalenceDiscordance().getAsDouble()).isCloseTo(0.18, within(1e-12));
        assertThat(plan.assumptions()).anyMatch(a -> a.contains("Bonferroni"));
    }

    /** Positive correlation means fewer discordant pairs and so fewer intents. */
    @Test
    void correlationReducesTheSampleSize() {
        Plan independent = Planner.plan(PlanRequest.of(9, 0.10, 0.10));
        Plan correlated = Planner.plan(PlanRequest.of(9, 0.10, 0.10).withCorrelation(0.5));
        assertThat(correlated.intentsToDetect()).isLessThan(independent.intentsToDetect());
    }

    /** The minimum detectable difference inverts the sample size: 330 intents detect 0.10 (power 0.8008 by hand). */
    @Test
    void minimumDetectableDifferenceInvertsSampleSize() {
        double mdd =
                Planner.minimumDetectableDifference(330, 0.10, 0.00625, 0.80, 0).orElseThrow();
        assertThat(mdd).isLessThan(0.10).isGreaterThan(0.099);
        assertThat(Planner.power(330, 0.10, 0.20, 0.00625, 0)).isCloseTo(0.80085, within(1e-5));
        assertThat(Planner.minimumDetectableDifference(3, 0.5, 0.00625, 0.8, 0)).isEmpty();
    }

    @Test
    void rejectsImpossibleRequests() {
        assertThatThrownBy(() -> PlanRequest.of(1, 0.1, 0.1))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("languages");
        assertThatThrownBy(() -> PlanRequest.of(9, 0.95, 0.1))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("detect");
    }
}
