package sg.assay.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import sg.assay.json.Json;

class FaultInjectionTest {

    private static MockServer start(MockServerOptions.Builder b) {
        return MockServer.start(b.build());
    }

    @Test
    void errorRateOneAnswers429WithEachWaitHint() throws Exception {
        for (WaitHint hint : WaitHint.values()) {
            try (MockServer s = start(
                    MockServerOptions.builder().errors(1.0, List.of(429)).waitHint(hint, Duration.ofMillis(1500)))) {
                var r = new Client(s).post("/v1/chat/completions", Client.chat("mock-echo", "hi"));
                assertThat(r.statusCode()).isEqualTo(429);
                assertThat(Client.json(r).at("/error/code").asText()).isEqualTo("rate_limit_exceeded");
                var h = r.headers();
                switch (hint) {
                    case SECONDS -> assertThat(h.firstValue("retry-after")).hasValue("2");
                    case DATE ->
                        assertThat(ZonedDateTime.parse(
                                        h.firstValue("retry-after").orElseThrow(),
                                        DateTimeFormatter.RFC_1123_DATE_TIME))
                                .isAfter(ZonedDateTime.now());
                    case MS -> assertThat(h.firstValue("retry-after-ms")).hasValue("1500");
                    case OPENAI ->
                        assertThat(h.firstValue("x-ratelimit-reset-requests")).hasValue("1.5s");
                    case ANTHROPIC ->
                        assertThat(h.firstValue("anthropic-ratelimit-requests-reset"))
                                .isPresent();
                    case NONE -> assertThat(h.firstValue("retry-after")).isEmpty();
                }
            }
        }
    }

    @Test
    void overloaded529UsesAnthropicsErrorShapeOnTheMessagesRoute() throws Exception {
        try (MockServer s = start(MockServerOptions.builder().errors(1.0, List.of(529)))) {
            var r = new Client(s)
                    .post(
                            "/v1/messages",
                            "{\"model\":\"mock-echo\",\"max_tokens\":10,\"messages\":[{\"role\":\"user\",\"content\":\"x\"}]}",
                            "anthropic-version",
                            "2023-06-01");
            assertThat(r.statusCode()).isEqualTo(529);
            assertThat(Client.json(r).at("/error/type").asText()).isEqualTo("overloaded_error");
        }
    }

    @Test
    void malformedBodiesAreCutShort() throws Exception {
        try (MockServer s = start(MockServerOptions.builder().malformedRate(1.0))) {
            var r = new Client(s).post("/v1/chat/completions", Client.chat("mock-echo", "hi"));
            assertThat(r.statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> Json.mapper().readTree(r.body())).isInstanceOf(JsonProcessingException.class);
        }
    }

    @Test
    void droppedConnectionsFailTheClient() {
        try (MockServer s = start(MockServerOptions.builder().dropRate(1.0))) {
            assertThatThrownBy(() -> new Client(s).post("/v1/chat/completions", Client.chat("mock-echo", "hi")))
                    .isInstanceOf(IOException.class);
        }
    }

    @Test
    void stalledAnswersNeverCompleteAndTheServerStillStopsAtOnce() throws Exception {
        MockServer s = start(MockServerOptions.builder().stall(1.0, Duration.ofMinutes(5)));
        HttpClient http =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest req = HttpRequest.newBuilder(URI.create(s.baseUrl() + "/v1/chat/completions"))
                .timeout(Duration.ofSeconds(2))
                .POST(HttpRequest.BodyPublishers.ofString(Client.chat("mock-echo", "hi")))
                .build();
        CompletableFuture<HttpResponse<String>> f = http.sendAsync(req, HttpResponse.BodyHandlers.ofString());
        assertThatThrownBy(() -> f.get(300, TimeUnit.MILLISECONDS)).isInstanceOf(TimeoutException.class);
        long t0 = System.nanoTime();
        s.close();
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
        f.cancel(true);
    }

    @Test
    void latencyDelaysTheAnswer() throws Exception {
        try (MockServer s = start(MockServerOptions.builder().latency(Latency.parse("fixed:150")))) {
            long t0 = System.nanoTime();
            new Client(s).post("/v1/chat/completions", Client.chat("mock-echo", "hi"));
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThanOrEqualTo(Duration.ofMillis(150));
        }
    }

    @Test
    void aRequiredKeyIsChecked() throws Exception {
        try (MockServer s = start(MockServerOptions.builder().apiKey("sk-right"))) {
            Client c = new Client(s);
            String body = Client.chat("mock-echo", "hi");
            assertThat(c.post("/v1/chat/completions", body).statusCode()).isEqualTo(401);
            var wrong = c.post("/v1/chat/completions", body, "Authorization", "Bearer sk-wrong-key");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(wrong.body()).doesNotContain("sk-wrong-key");
            assertThat(c.post("/v1/chat/completions", body, "Authorization", "Bearer sk-right")
                            .statusCode())
                    .isEqualTo(200);
            assertThat(c.post("/openai/v1/chat/completions", body, "api-key", "sk-right")
                            .statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void timeoutsOfTheClientAreHonouredForSlowFirstBytes() {
        try (MockServer s = start(MockServerOptions.builder().slowFirstByte(1.0, Duration.ofSeconds(3)))) {
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest req = HttpRequest.newBuilder(URI.create(s.baseUrl() + "/v1/chat/completions"))
                    .timeout(Duration.ofMillis(200))
                    .POST(HttpRequest.BodyPublishers.ofString(Client.chat("mock-echo", "hi")))
                    .build();
            assertThatThrownBy(() -> http.send(req, HttpResponse.BodyHandlers.ofString()))
                    .isInstanceOf(HttpTimeoutException.class);
        }
    }
}
