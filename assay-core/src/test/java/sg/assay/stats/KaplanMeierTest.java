package sg.assay.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sg.assay.stats.KaplanMeier.Observation;
import sg.assay.stats.KaplanMeier.Step;

class KaplanMeierTest {

    /**
     * The 6-MP arm of the Freireich et al. (1963) leukaemia trial, as in Gehan (1965) and Kalbfleisch and Prentice:
     * weeks of remission, + marking a censored time.
     */
    private static List<Observation> sixMp() {
        String data = "6 6 6 6+ 7 9+ 10 10+ 11+ 13 16 17+ 19+ 20+ 22 23 25+ 32+ 32+ 34+ 35+";
        List<Observation> out = new ArrayList<>();
        for (String t : data.split(" ")) {
            boolean censored = t.endsWith("+");
            out.add(new Observation(Double.parseDouble(censored ? t.substring(0, t.length() - 1) : t), !censored));
        }
        return out;
    }

    @Test
    void should_reproduce_the_textbook_estimate_and_greenwood_errors() {
        List<Step> steps = KaplanMeier.estimate(sixMp(), 0.95);
        // published values (e.g. Klein and Moeschberger, table 4.1A): t, at risk, events, S(t), Greenwood SE
        double[][] expected = {
            {6, 21, 3, 0.857, 0.076},
            {7, 17, 1, 0.807, 0.087},
            {10, 15, 1, 0.753, 0.096},
            {13, 12, 1, 0.690, 0.107},
            {16, 11, 1, 0.627, 0.114},
            {22, 7, 1, 0.538, 0.128},
            {23, 6, 1, 0.448, 0.135}
        };
        assertThat(steps).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            Step s = steps.get(i);
            assertThat(s.time()).isEqualTo(expected[i][0]);
            assertThat(s.atRisk()).isEqualTo((int) expected[i][1]);
            assertThat(s.events()).isEqualTo((int) expected[i][2]);
            assertThat(s.survival()).isCloseTo(expected[i][3], within(0.0005));
            assertThat(s.stderr()).isCloseTo(expected[i][4], within(0.0006));
        }
    }

    @Test
    void should_give_log_log_intervals_inside_the_unit_interval() {
        List<Step> steps = KaplanMeier.estimate(sixMp(), 0.95);
        Step first = steps.getFirst();
        // S = 18/21; Greenwood sum = 3 / (21 * 18); log(-log S) interval by hand
        double s = 18.0 / 21.0;
        double v = 3.0 / (21.0 * 18.0);
        double w = 1.959964 * Math.sqrt(v) / Math.abs(Math.log(s));
        assertThat(first.lower()).isCloseTo(Math.pow(s, Math.exp(w)), within(1e-6));
        assertThat(first.upper()).isCloseTo(Math.pow(s, Math.exp(-w)), within(1e-6));
        assertThat(first.lower()).isCloseTo(0.620, within(0.001));
        assertThat(first.upper()).isCloseTo(0.952, within(0.001));
        for (Step step : steps) {
            assertThat(step.lower()).isBetween(0.0, step.survival());
            assertThat(step.upper()).isBetween(step.survival(), 1.0);
        }
    }

    @Test
    void should_drop_to_zero_when_every_unit_has_the_event_and_read_off_steps() {
        List<Step> steps = KaplanMeier.estimate(
                List.of(new Observation(1, true), new Observation(2, true), new Observation(2, false)), 0.95);
        assertThat(steps).hasSize(2);
        assertThat(KaplanMeier.survivalAt(steps, 0.5)).isEqualTo(1.0);
        assertThat(KaplanMeier.survivalAt(steps, 1)).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(KaplanMeier.survivalAt(steps, 5)).isCloseTo(1.0 / 3, within(1e-12));
        List<Step> all = KaplanMeier.estimate(List.of(new Observation(3, true)), 0.95);
        assertThat(all.getFirst().survival()).isZero();
        assertThat(KaplanMeier.estimate(List.of(new Observation(3, false)), 0.95))
                .isEmpty();
    }
}
