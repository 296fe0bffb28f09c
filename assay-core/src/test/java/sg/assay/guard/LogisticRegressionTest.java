package sg.assay.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogisticRegressionTest {
    private static final SparseVector ON = new SparseVector(new int[] {0}, new float[] {1});
    private static final SparseVector OFF = new SparseVector(new int[0], new float[0]);

    private static List<LogisticRegression.Example> groups(int onPos, int onNeg, int offPos, int offNeg) {
        List<LogisticRegression.Example> out = new ArrayList<>();
        for (int i = 0; i < onPos; i++) {
            out.add(new LogisticRegression.Example(ON, true, 1));
        }
        for (int i = 0; i < onNeg; i++) {
            out.add(new LogisticRegression.Example(ON, false, 1));
        }
        for (int i = 0; i < offPos; i++) {
            out.add(new LogisticRegression.Example(OFF, true, 1));
        }
        for (int i = 0; i < offNeg; i++) {
            out.add(new LogisticRegression.Example(OFF, false, 1));
        }
        return out;
    }

    @Test
    void without_penalty_it_recovers_the_log_odds_of_a_binary_feature() {
        // given: with the feature, 8 of 10 positive; without it, 3 of 12.
        // The maximum-likelihood fit of one binary feature plus intercept reproduces each group's log-odds:
        // b = ln(3/9), w = ln(8/2) - ln(3/9)
        List<LogisticRegression.Example> data = groups(8, 2, 3, 9);

        LogisticRegression.Fit fit = new LogisticRegression(4, 0, 200).fit(data);

        assertThat(fit.bias()).isCloseTo(Math.log(3.0 / 9), within(1e-4));
        assertThat((double) fit.weights()[0]).isCloseTo(Math.log(4) - Math.log(3.0 / 9), within(1e-4));
        assertThat(fit.weights()[1]).isZero();
    }

    @Test
    void a_weight_of_two_equals_a_duplicate_example() {
        List<LogisticRegression.Example> duplicated = groups(2, 1, 1, 2);
        List<LogisticRegression.Example> weighted = new ArrayList<>(groups(1, 1, 1, 2));
        weighted.set(0, new LogisticRegression.Example(ON, true, 2));

        LogisticRegression.Fit a = new LogisticRegression(2, 0.01, 200).fit(duplicated);
        LogisticRegression.Fit b = new LogisticRegression(2, 0.01, 200).fit(weighted);

        // normalised by the total weight, both objectives are the same function
        assertThat((double) a.weights()[0]).isCloseTo(b.weights()[0], within(1e-5));
        assertThat(a.bias()).isCloseTo(b.bias(), within(1e-5));
    }

    @Test
    void the_penalty_shrinks_the_weight_towards_zero() {
        List<LogisticRegression.Example> data = groups(8, 2, 3, 9);

        double free = new LogisticRegression(2, 0, 200).fit(data).weights()[0];
        double tight = new LogisticRegression(2, 1.0, 200).fit(data).weights()[0];

        assertThat(tight).isPositive().isLessThan(free / 2);
    }

    @Test
    void sigmoid_and_log1pexp_do_not_overflow() {
        assertThat(LogisticRegression.sigmoid(1000)).isEqualTo(1.0);
        assertThat(LogisticRegression.sigmoid(-1000)).isEqualTo(0.0);
        assertThat(LogisticRegression.log1pExp(1000)).isCloseTo(1000, within(1e-9));
        assertThat(LogisticRegression.log1pExp(0)).isCloseTo(Math.log(2), within(1e-12));
    }
}
