package sg.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import sg.assay.ConfigException;
import sg.assay.server.MockServerOptions;
import sg.assay.server.WaitHint;

class MockServerCommandTest {
    private static MockServerOptions parse(String... args) {
        MockServerCommand c = new MockServerCommand();
        new CommandLine(c).parseArgs(args);
        return c.options();
    }

    @Test
    void defaultsAreAFaultFreeServerOnPort8089() {
        MockServerOptions o = parse();
        assertThat(o.port()).isEqualTo(8089);
        assertThat(o.latency().isZero()).isTrue();
        assertThat(o.errorRate()).isZero();
    }

    @Test
    void faultOptionsReachTheServerOptions() {
        MockServerOptions o = parse(
                "--port=0",
                "--latency=normal:50,5",
                "--error-rate=0.25",
                "--error-codes=429,503",
                "--wait-hint=openai",
                "--wait-ms=1500",
                "--stall-rate=0.1",
                "--stall-ms=2000");
        assertThat(o.latency().text()).isEqualTo("normal:50,5");
        assertThat(o.errorStatuses()).containsExactly(429, 503);
        assertThat(o.waitHint()).isEqualTo(WaitHint.OPENAI);
        assertThat(o.waitTime()).isEqualTo(Duration.ofMillis(1500));
        assertThat(o.stallTime()).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void badValuesAreOneLineConfigErrors() {
        assertThatThrownBy(() -> parse("--error-rate=2"))
                .isInstanceOf(ConfigException.class)
                .hasMessage("error-rate must be between 0 and 1: 2.0");
        assertThatThrownBy(() -> parse("--wait-hint=soon")).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> parse("--api-key-env=ASSAY_SURELY_UNSET_VAR"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ASSAY_SURELY_UNSET_VAR");
    }
}
