package sg.assay.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MeansTest {
    /**
     * By hand: 2, 4, 4, 4, 5, 5, 7, 9 has mean 5, Σ(x − 5)² = 32, sample variance 32/7, so the standard error is
     * √(32/7/8) = √(4/7) = 0.755929.
     */
    @Test
    void stderrByHand() {
        double[] v = {2, 4, 4, 4, 5, 5, 7, 9};
        assertThat(Means.mean(v)).isEqualTo(5.0);
        assertThat(Means.stderr(v)).isCloseTo(Math.sqrt(4.0 / 7), within(1e-12));
    }

    /**
     * CR1 by hand: clusters A = {1, 0}, B = {1, 1}, C = {0, 0}; n = 6, mean 0.5. Residual sums per cluster: A = 0.5 −
     * 0.5 = 0, B = 0.5 + 0.5 = 1, C = −0.5 − 0.5 = −1; Σ = 0 + 1 + 1 = 2. With G = 3: SE = √(G/(G − 1) · 2) / n =
     * √3 / 6 = 0.288675, larger than the naive √(0.3/6) = 0.223607 because clusters B and C are internally alike.
     */
    @Test
    void clusteredStderrByHand() {
        List<Means.Observation> obs = List.of(
                new Means.Observation(1, "A"),
                new Means.Observation(0, "A"),
                new Means.Observation(1, "B"),
                new Means.Observation(1, "B"),
                new Means.Observation(0, "C"),
                new Means.Observation(0, "C"));
        assertThat(Means.clusteredStderr(obs)).isCloseTo(Math.sqrt(3) / 6, within(1e-12));
        assertThat(Means.stderr(new double[] {1, 0, 1, 1, 0, 0})).isCloseTo(Math.sqrt(0.3 / 6), within(1e-12));
    }

    /**
     * With one observation per cluster CR1 reduces algebraically to the ordinary standard error: √(n/(n − 1)·Σr²)/n
     * = √(Σr²/(n(n − 1))).
     */
    @Test
    void clusteredStderrWithSingletonsEqualsOrdinaryStderr() {
        double[] v = {2, 4, 4, 4, 5, 5, 7, 9};
        List<Means.Observation> obs = new java.util.ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            obs.add(new Means.Observation(v[i], "c" + i));
        }
        assertThat(Means.clusteredStderr(obs)).isCloseTo(Means.stderr(v), within(1e-12));
    }

    @Test
    void tooFewClustersGiveNaN() {
        assertThat(Means.clusteredStderr(List.of(new Means.Observation(1, "A"), new Means.Observation(0, "A"))))
                .isNaN();
    }
}
