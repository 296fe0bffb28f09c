package sg.assay.target.contentsafety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sg.assay.Spec;
import sg.assay.message.Message;
import sg.assay.server.MockServer;
import sg.assay.server.MockServerOptions;
import sg.assay.server.WaitHint;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.NonRetriableTargetException.Scope;
import sg.assay.target.RetriableTargetException;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.targets.Env;

/** Errors of both Content Safety targets against the mock server: auth, rate limits, 5xx and Azure's 400s. */
class ContentSafetyErrorsTest {
    static final String KEY = "cs-secret-key-0042";

    static TargetResponse call(MockServerOptions options, int component, String params, Map<String, String> env) {
        try (MockServer server = MockServer.start(options);
                Target t = ContentSafetyTargets.components(Env.of(env))
                        .get(component)
                        .factory()
                        .apply(Spec.parse((component == 0 ? "azure-content-safety" : "azure-prompt-shields")
                                + "/mock:endpoint=" + server.baseUrl() + params))) {
            return t.generate(TargetRequest.of(List.of(Message.user("hello there"))));
        }
    }

    @Test
    void a_wrong_key_stops_the_run_with_azures_message_and_the_key_redacted() {
        var keyed = MockServerOptions.builder().apiKey(KEY + "-other").build();

        assertThatThrownBy(() -> call(keyed, 0, "", Map.of("AZURE_CONTENT_SAFETY_KEY", KEY)))
                .isInstanceOfSatisfying(
                        NonRetriableTargetException.class,
                        e -> assertThat(e.scope()).isEqualTo(Scope.RUN))
                .hasMessageStartingWith("authentication failed for azure-content-safety/mock at http://127.0.0.1:")
                .hasMessageContaining("HTTP 401: Access denied due to invalid subscription key")
                .hasMessageNotContaining(KEY);
    }

    @Test
    void the_key_and_a_bearer_token_from_named_variables_are_accepted() {
        var keyed = MockServerOptions.builder().apiKey(KEY).build();

        assertThat(call(keyed, 0, ",api-key-env=MY_KEY", Map.of("MY_KEY", KEY)).metadata())
                .containsEntry("classification.flagged", "false");
        assertThat(call(keyed, 1, ",token-env=MY_TOKEN", Map.of("MY_TOKEN", KEY))
                        .metadata())
                .containsEntry("classification.jailbreak", "clear none");
        assertThat(call(keyed, 1, ",token-command=printf " + KEY, Map.of()).metadata())
                .containsEntry("classification.flagged", "false");
    }

    @Test
    void rate_limits_are_retried_after_the_servers_retry_after() {
        var limited = MockServerOptions.builder()
                .errors(1.0, List.of(429))
                .waitHint(WaitHint.SECONDS, Duration.ofSeconds(2))
                .build();

        assertThatThrownBy(() -> call(limited, 1, "", Map.of()))
                .isInstanceOfSatisfying(
                        RetriableTargetException.class,
                        e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(2)))
                .hasMessageContaining("azure-prompt-shields/mock answered HTTP 429");
    }

    @Test
    void server_errors_are_retried() {
        var failing = MockServerOptions.builder()
                .errors(1.0, List.of(503))
                .waitHint(WaitHint.NONE, Duration.ZERO)
                .build();

        assertThatThrownBy(() -> call(failing, 0, "", Map.of()))
                .isInstanceOf(RetriableTargetException.class)
                .hasMessageContaining("HTTP 503");
    }

    @Test
    void an_unsupported_api_version_fails_the_sample_with_azures_error_in_one_line() {
        assertThatThrownBy(() -> call(MockServerOptions.defaults(), 0, ",api-version=2020-01-01", Map.of()))
                .isInstanceOfSatisfying(
                        NonRetriableTargetException.class,
                        e -> assertThat(e.scope()).isEqualTo(Scope.SAMPLE))
                .hasMessage("azure-content-safety/mock rejected the request: HTTP 400: Unsupported api-version"
                        + " '2020-01-01'. The supported versions are: 2023-10-01, 2024-09-01.");
    }

    @Test
    void an_unknown_blocklist_stops_the_run() {
        assertThatThrownBy(() -> call(MockServerOptions.defaults(), 0, ",blocklists=nope", Map.of()))
                .isInstanceOfSatisfying(
                        NonRetriableTargetException.class,
                        e -> assertThat(e.scope()).isEqualTo(Scope.RUN))
                .hasMessageContaining("Blocklist 'nope' does not exist.");
    }

    @Test
    void truncated_json_fails_only_the_sample() {
        assertThatThrownBy(() ->
                        call(MockServerOptions.builder().malformedRate(1.0).build(), 0, "", Map.of()))
                .isInstanceOfSatisfying(
                        NonRetriableTargetException.class,
                        e -> assertThat(e.scope()).isEqualTo(Scope.SAMPLE))
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void a_key_echoed_back_in_an_error_is_masked() throws Exception {
        com.sun.net.httpserver.HttpServer echo =
                com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        echo.createContext("/", ex -> {
            String key = ex.getRequestHeaders().getFirst("Ocp-Apim-Subscription-Key");
            byte[] body = ("{\"error\":{\"code\":\"InvalidRequestBody\",\"message\":\"key " + key
                            + " is not allowed here\"}}")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            ex.sendResponseHeaders(400, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        echo.start();
        try (Target t = ContentSafetyTargets.components(Env.of(Map.of("AZURE_CONTENT_SAFETY_KEY", KEY)))
                .getFirst()
                .factory()
                .apply(Spec.parse("azure-content-safety/mock:endpoint=http://127.0.0.1:"
                        + echo.getAddress().getPort()))) {
            assertThatThrownBy(() -> t.generate(TargetRequest.of(List.of(Message.user("x")))))
                    .hasMessage("azure-content-safety/mock rejected the request: HTTP 400: key *** is not allowed"
                            + " here");
        } finally {
            echo.stop(0);
        }
    }
}
