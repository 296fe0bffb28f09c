package sg.assay.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;

class CurvesTest {

    static List<Scored> sample(double[] pos, double[] neg) {
        List<Scored> out = new java.util.ArrayList<>();
        for (double p : pos) {
            out.add(new Scored(p, true));
        }
        for (double n : neg) {
            out.add(new Scored(n, false));
        }
        return out;
    }

    @Test
    void auroc_equals_the_share_of_correctly_ordered_pairs() {
        // given: 6 positive-negative pairs, 4 ordered correctly (counted by hand)
        Curves c = Curves.of(sample(new double[] {0.9, 0.6, 0.4}, new double[] {0.7, 0.3}));

        assertThat(c.auroc()).isCloseTo(4.0 / 6, within(1e-12));
    }

    @Test
    void auroc_counts_a_tie_as_one_half() {
        // given: pairs (0.5 vs 0.5) tie, (0.8 vs 0.5) correct -> (1 + 0.5) / 2
        Curves c = Curves.of(sample(new double[] {0.8, 0.5}, new double[] {0.5}));

        assertThat(c.auroc()).isCloseTo(0.75, within(1e-12));
    }

    @Test
    void average_precision_matches_the_scikit_learn_documentation_example() {
        // y_true = [0, 0, 1, 1], scores = [0.1, 0.4, 0.35, 0.8] -> 0.8333...
        Curves c = Curves.of(sample(new double[] {0.35, 0.8}, new double[] {0.1, 0.4}));

        assertThat(c.averagePrecision()).isCloseTo(0.8333333333, within(1e-9));
        assertThat(c.points()).hasSize(4);
        assertThat(c.points().getLast().confusion()).isEqualTo(new Confusion(2, 2, 0, 0));
    }

    @Test
    void threshold_maximises_balanced_accuracy_and_sits_between_scores() {
        // given: perfectly separable at any threshold in (0.4, 0.6)
        List<Scored> v = sample(new double[] {0.6, 0.9}, new double[] {0.1, 0.4});

        Threshold t = Threshold.choose(v, Threshold.Objective.BALANCED_ACCURACY);

        assertThat(t.value()).isCloseTo(0.5, within(1e-12));
        assertThat(t.validation()).isEqualTo(new Confusion(2, 0, 2, 0));
    }

    @Test
    void f1_objective_may_choose_a_lower_threshold_than_balanced_accuracy() {
        // given: many positives; flagging everything costs one false positive but finds the low-scored positive
        List<Scored> v = sample(new double[] {0.9, 0.8, 0.7, 0.2}, new double[] {0.3});

        Threshold f1 = Threshold.choose(v, Threshold.Objective.F1);
        Threshold ba = Threshold.choose(v, Threshold.Objective.BALANCED_ACCURACY);

        assertThat(f1.validation().f1()).isGreaterThanOrEqualTo(ba.validation().f1());
        assertThat(ba.value()).isCloseTo(0.5, within(1e-12));
    }

    @Test
    void threshold_needs_both_classes() {
        assertThatThrownBy(() -> Threshold.choose(sample(new double[] {0.3}, new double[0]), Threshold.Objective.F1))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("both classes");
    }
}
