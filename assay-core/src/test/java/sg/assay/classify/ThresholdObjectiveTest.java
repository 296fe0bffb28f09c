package sg.assay.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;

/** Known answers for the curves and for each threshold objective. */
class ThresholdObjectiveTest {

    private static List<Scored> sample(double[] pos, double[] neg) {
        return CurvesTest.sample(pos, neg);
    }

    @Test
    void auroc_equals_the_mann_whitney_u_statistic_over_n1_n2_with_ties_counted_half() {
        double[] pos = {0.8, 0.6, 0.6, 0.3};
        double[] neg = {0.6, 0.4, 0.2};
        // by hand: 0.8 beats 3; each 0.6 ties 0.6 (½) and beats 0.4 and 0.2 (2.5 each); 0.3 beats 0.2: U = 9
        // and by the rank-sum form: ranks 1..7 of 0.2, 0.3, 0.4, 0.6×3 (mid-rank 5), 0.8 give R_pos = 7+5+5+2 = 19,
        // U = R_pos − n1(n1+1)/2 = 19 − 10 = 9
        double u = 9;

        assertThat(Curves.of(sample(pos, neg)).auroc()).isCloseTo(u / (pos.length * neg.length), within(1e-12));
    }

    @Test
    void average_precision_is_the_mean_precision_at_each_positive_on_a_hand_example() {
        // ranking P N P N P: precision at each positive 1/1, 2/3, 3/5
        Curves c = Curves.of(sample(new double[] {0.9, 0.7, 0.5}, new double[] {0.8, 0.6}));

        assertThat(c.averagePrecision()).isCloseTo((1.0 + 2.0 / 3 + 3.0 / 5) / 3, within(1e-12));
    }

    @Test
    void every_objective_puts_the_threshold_in_the_gap_of_a_separable_set() {
        List<Scored> v = sample(new double[] {0.7, 0.8, 0.9}, new double[] {0.1, 0.2, 0.3});

        for (String o : List.of("youden", "f1", "recall@1", "precision@1")) {
            Threshold t = Threshold.choose(v, Threshold.Objective.parse(o));
            assertThat(t.value()).as(o).isCloseTo(0.5, within(1e-12));
            assertThat(t.validation().accuracy()).as(o).isEqualTo(1.0);
        }
    }

    @Test
    void recall_and_precision_targets_pick_the_constrained_optimum() {
        // scores high to low: P .9, P .8, N .7, P .6, N .5, P .4, N .3
        List<Scored> v = sample(new double[] {0.9, 0.8, 0.6, 0.4}, new double[] {0.7, 0.5, 0.3});

        // recall ≥ 0.75 first reached at .6 (3 of 4): most specific such threshold is between .6 and .5
        Threshold r = Threshold.choose(v, Threshold.Objective.recallAtLeast(0.75));
        assertThat(r.value()).isCloseTo(0.55, within(1e-12));
        assertThat(r.validation().recall()).isEqualTo(0.75);
        // precision ≥ 0.75 holds at .9 (1/1), .8 (2/2), .6 (3/4); the most recall is 3/4 at .6
        Threshold p = Threshold.choose(v, Threshold.Objective.precisionAtLeast(0.75));
        assertThat(p.value()).isCloseTo(0.55, within(1e-12));
        // precision ≥ 0.9 only at .9 and .8: recall 2/4 between .8 and .7
        assertThat(Threshold.choose(v, Threshold.Objective.parse("precision@0.9"))
                        .value())
                .isCloseTo(0.75, within(1e-12));
    }

    @Test
    void objectives_parse_and_print_and_bad_ones_are_named() {
        assertThat(Threshold.Objective.parse("recall@0.95").label()).isEqualTo("recall@0.95");
        assertThat(Threshold.Objective.parse("Youden")).isEqualTo(Threshold.Objective.BALANCED_ACCURACY);
        assertThat(Threshold.Objective.BALANCED_ACCURACY.name()).isEqualTo("BALANCED_ACCURACY");
        assertThatThrownBy(() -> Threshold.Objective.parse("recall@1.5"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("1.5");
        assertThatThrownBy(() -> Threshold.Objective.parse("auc"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'auc'");
    }
}
