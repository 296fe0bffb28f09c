package sg.assay.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WaitHintsTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private static Optional<Duration> parse(Map<String, String> h) {
        Map<String, List<String>> m = new java.util.HashMap<>();
        h.forEach((k, v) -> m.put(k, List.of(v)));
        return WaitHints.parse(HttpHeaders.of(m, (a, b) -> true), NOW);
    }

    @Test
    void retryAfterInSecondsOrAsAnHttpDate() {
        assertThat(parse(Map.of("retry-after", "7"))).hasValue(Duration.ofSeconds(7));
        assertThat(parse(Map.of("Retry-After", "Mon, 23 Nov 2026 10:00:30 GMT")))
                .hasValue(Duration.ofSeconds(30));
        assertThat(parse(Map.of("retry-after", "Mon, 23 Nov 2026 09:59:00 GMT")))
                .hasValue(Duration.ZERO);
        assertThat(parse(Map.of("retry-after", "soon"))).isEmpty();
    }

    @Test
    void retryAfterMsWinsOverRetryAfter() {
        assertThat(parse(Map.of("retry-after-ms", "250", "retry-after", "3"))).hasValue(Duration.ofMillis(250));
    }

    @Test
    void openAiGoDurations() {
        assertThat(WaitHints.goDuration("6m0s")).hasValue(Duration.ofMinutes(6));
        assertThat(WaitHints.goDuration("1.5s")).hasValue(Duration.ofMillis(1500));
        assertThat(WaitHints.goDuration("20ms")).hasValue(Duration.ofMillis(20));
        assertThat(WaitHints.goDuration("1h2m3s")).hasValue(Duration.ofSeconds(3723));
        assertThat(WaitHints.goDuration("2 minutes")).isEmpty();
        assertThat(WaitHints.goDuration("")).isEmpty();
    }

    @Test
    void theExhaustedOpenAiLimitDecides() {
        var tokensExhausted = Map.of(
                "x-ratelimit-reset-requests", "6m0s",
                "x-ratelimit-remaining-requests", "10",
                "x-ratelimit-reset-tokens", "20ms",
                "x-ratelimit-remaining-tokens", "0");
        assertThat(parse(tokensExhausted)).hasValue(Duration.ofMillis(20));
        var neither = Map.of("x-ratelimit-reset-requests", "2s", "x-ratelimit-reset-tokens", "20ms");
        assertThat(parse(neither)).hasValue(Duration.ofSeconds(2));
    }

    @Test
    void anthropicResetsAreRfc3339Instants() {
        var h = Map.of(
                "anthropic-ratelimit-requests-reset", "2026-11-23T10:00:05Z",
                "anthropic-ratelimit-tokens-reset", "2026-11-23T10:01:00Z",
                "anthropic-ratelimit-requests-remaining", "0");
        assertThat(parse(h)).hasValue(Duration.ofSeconds(5));
        assertThat(parse(Map.of("anthropic-ratelimit-tokens-reset", "2026-11-23T12:00:01+02:00")))
                .hasValue(Duration.ofSeconds(1));
    }

    @Test
    void noHintIsEmpty() {
        assertThat(parse(Map.of("content-type", "application/json"))).isEmpty();
    }
}
