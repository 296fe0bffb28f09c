package sg.assay.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ConfusionTest {

    @Test
    void kappa_matches_the_textbook_example() {
        // given: 50 items, both say yes 20, only the classifier yes 5, only the reference yes 10, both no 15
        // (Cohen's kappa example on Wikipedia: p_o = 0.7, p_e = 0.5, kappa = 0.4)
        Confusion c = new Confusion(20, 5, 15, 10);

        // then
        assertThat(c.accuracy()).isCloseTo(0.7, within(1e-12));
        assertThat(c.kappa()).isCloseTo(0.4, within(1e-12));
    }

    @Test
    void precision_recall_and_f1_follow_their_definitions() {
        Confusion c = new Confusion(8, 2, 85, 5);

        assertThat(c.precision()).isCloseTo(0.8, within(1e-12));
        assertThat(c.recall()).isCloseTo(8.0 / 13, within(1e-12));
        assertThat(c.f1()).isCloseTo(16.0 / 23, within(1e-12));
        assertThat(c.falsePositiveRate()).isCloseTo(2.0 / 87, within(1e-12));
        assertThat(c.balancedAccuracy()).isCloseTo((8.0 / 13 + 85.0 / 87) / 2, within(1e-12));
    }

    @Test
    void empty_denominators_give_nan_not_a_made_up_value() {
        Confusion onlyNegatives = new Confusion(0, 0, 10, 0);

        assertThat(onlyNegatives.recall()).isNaN();
        assertThat(onlyNegatives.precision()).isNaN();
        assertThat(onlyNegatives.kappa()).isEqualTo(1.0);
        assertThat(Confusion.EMPTY.kappa()).isNaN();
    }

    @Test
    void add_counts_each_cell() {
        Confusion c = Confusion.EMPTY
                .add(true, true)
                .add(true, false)
                .add(false, false)
                .add(false, true)
                .add(false, true);

        assertThat(c).isEqualTo(new Confusion(1, 1, 1, 2));
        assertThat(c.plus(c).total()).isEqualTo(10);
    }
}
