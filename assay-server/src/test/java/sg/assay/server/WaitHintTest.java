package sg.assay.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WaitHintTest {
    @Test
    void openAiDurationsUseGoStyleUnits() {
        assertThat(WaitHint.openAiDuration(Duration.ofMinutes(6))).isEqualTo("6m0s");
        assertThat(WaitHint.openAiDuration(Duration.ofMillis(1500))).isEqualTo("1.5s");
        assertThat(WaitHint.openAiDuration(Duration.ofMillis(20))).isEqualTo("20ms");
        assertThat(WaitHint.openAiDuration(Duration.ofSeconds(61))).isEqualTo("1m1s");
    }

    @Test
    void anthropicResetIsAnRfc3339Instant() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        assertThat(WaitHint.ANTHROPIC.headers(Duration.ofSeconds(2), now))
                .containsEntry("anthropic-ratelimit-requests-reset", "2026-11-23T10:00:02Z");
        assertThat(WaitHint.DATE.headers(Duration.ofSeconds(2), now))
                .containsEntry("Retry-After", "Mon, 23 Nov 2026 10:00:03 GMT");
    }
}
