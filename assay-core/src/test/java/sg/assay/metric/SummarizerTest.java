package sg.assay.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import sg.assay.stats.Means;

class SummarizerTest {

    private static List<Means.Observation> obs(
            int clusters, int perCluster, java.util.function.IntBinaryOperator value) {
        List<Means.Observation> out = new ArrayList<>();
        for (int c = 0; c < clusters; c++) {
            for (int i = 0; i < perCluster; i++) {
                out.add(new Means.Observation(value.applyAsInt(c, i), "c" + c));
            }
        }
        return out;
    }

    @Test
    void independent_binary_values_get_the_wilson_interval() {
        // 8 of 20, Wilson 95%: [0.2188, 0.6134] (Newcombe 1998 method 3 gives the same score interval)
        MetricResult m = Summarizer.metric("x", obs(20, 1, (c, i) -> c < 8 ? 1 : 0));
        assertThat(m.method()).isEqualTo("wilson");
        assertThat(m.lower()).isCloseTo(0.2188, within(1e-4));
        assertThat(m.upper()).isCloseTo(0.6134, within(1e-4));
    }

    @Test
    void clustered_constant_values_fall_back_to_the_number_of_clusters() {
        // 5 clusters x 9 languages, all 0: effective n = 5, Wilson upper = z^2 / (5 + z^2) = 0.4345
        MetricResult m = Summarizer.metric("x", obs(5, 9, (c, i) -> 0));
        assertThat(m.method()).isEqualTo("wilson-deff");
        assertThat(m.estimate()).isZero();
        assertThat(m.lower()).isZero();
        assertThat(m.upper()).isCloseTo(3.8415 / 8.8415, within(1e-3));
    }

    @Test
    void perfectly_correlated_clusters_count_once_and_independent_ones_count_fully() {
        // whole clusters agree (4 of 10 clusters of 9 are all 1): by hand, the CR1 variance is
        // 10/9 * (4 * 5.4^2 + 6 * 3.6^2) / 90^2 = 0.026667 and the binomial one 0.24 / 90 = 0.0026667, so
        // deff = 10 and the effective n is 9: the interval is Wilson at p = 0.4, n = 9
        MetricResult correlated = Summarizer.metric("x", obs(10, 9, (c, i) -> c < 4 ? 1 : 0));
        sg.assay.stats.Interval expected = sg.assay.stats.Proportions.wilson(0.4, 9.0, 0.95);
        assertThat(correlated.lower()).isCloseTo(expected.lower(), within(1e-9));
        assertThat(correlated.upper()).isCloseTo(expected.upper(), within(1e-9));
        // values alternate within clusters: no inflation, close to Wilson on all 90
        MetricResult mixed = Summarizer.metric("x", obs(10, 9, (c, i) -> (c + i) % 2));
        assertThat(mixed.upper() - mixed.lower()).isLessThan(correlated.upper() - correlated.lower());
    }

    @Test
    void graded_values_get_a_mean_with_standard_error() {
        MetricResult m = Summarizer.metric(
                "x",
                List.of(
                        new Means.Observation(1, "a"),
                        new Means.Observation(2, "b"),
                        new Means.Observation(3, "c"),
                        new Means.Observation(4, "d")));
        assertThat(m.estimate()).isEqualTo(2.5);
        // sd = 1.29099, se = 0.645497, half-width = 1.959964 * se = 1.26515
        assertThat(m.upper() - m.estimate()).isCloseTo(1.26515, within(1e-4));
    }
}
