package sg.assay.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;

class LatencyTest {
    private final UniformRandomProvider rng = new SplittableRandom(1)::nextLong;

    @Test
    void fixedAndPlainMillisecondsAreExact() {
        assertThat(Latency.parse("50").sampleMillis(rng)).isEqualTo(50);
        assertThat(Latency.parse("fixed:7").sampleMillis(rng)).isEqualTo(7);
        assertThat(Latency.parse("0").isZero()).isTrue();
        assertThat(Latency.parse("1").isZero()).isFalse();
    }

    @Test
    void distributionsHaveTheirMeans() {
        assertThat(mean("uniform:10-30")).isBetween(19.0, 21.0);
        assertThat(mean("normal:50,10")).isBetween(49.0, 51.0);
        assertThat(mean("exponential:40")).isBetween(38.0, 42.0);
        // lognormal with median m and shape s has mean m * exp(s^2 / 2) = 50 * exp(0.125) = 56.66
        assertThat(mean("lognormal:50,0.5")).isBetween(55.0, 58.5);
    }

    @Test
    void badTextIsAConfigError() {
        assertThatThrownBy(() -> Latency.parse("gamma:3"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("gamma:3");
        assertThatThrownBy(() -> Latency.parse("-5")).isInstanceOf(ConfigException.class);
    }

    private double mean(String spec) {
        Latency l = Latency.parse(spec);
        double sum = 0;
        int n = 20_000;
        for (int i = 0; i < n; i++) {
            sum += l.sampleMillis(rng);
        }
        return sum / n;
    }
}
