package sg.assay.targets;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.NonRetriableTargetException.Scope;
import sg.assay.target.ProviderBlockedException;
import sg.assay.target.RetriableTargetException;
import sg.assay.target.TargetException;

class ErrorMapperTest {
    private final ErrorMapper mapper =
            new ErrorMapper(Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC));
    private final Redactor redactor = Redactor.of(List.of("sk-live-123456"));

    private TargetException map(int status, String body, Map<String, String> headers) {
        Map<String, List<String>> h = new java.util.HashMap<>();
        headers.forEach((k, v) -> h.put(k, List.of(v)));
        HttpReply reply =
                new HttpReply(status, HttpHeaders.of(h, (a, b) -> true), body.getBytes(StandardCharsets.UTF_8));
        return mapper.map(reply, "openai/gpt-x", "https://api.example/v1/chat/completions", redactor);
    }

    @Test
    void authenticationFailuresStopTheRunAndHideTheKey() {
        var e = map(401, "{\"error\":{\"message\":\"Incorrect API key provided: sk-live-123456\"}}", Map.of());
        assertThat(e)
                .isInstanceOfSatisfying(
                        NonRetriableTargetException.class,
                        n -> assertThat(n.scope()).isEqualTo(Scope.RUN));
        assertThat(e.getMessage())
                .startsWith(
                        "authentication failed for openai/gpt-x at https://api.example/v1/chat/completions: HTTP 401")
                .doesNotContain("sk-live-123456");
        assertThat(map(403, "", Map.of())).hasMessageContaining("HTTP 403");
    }

    @Test
    void badRequestsFailTheSampleAndContentFiltersAreBlocks() {
        var bad = map(400, "{\"error\":{\"message\":\"bad\",\"code\":null}}", Map.of());
        assertThat(((NonRetriableTargetException) bad).scope()).isEqualTo(Scope.SAMPLE);
        var filtered = map(
                400,
                "{\"error\":{\"code\":\"content_filter\",\"param\":\"prompt\",\"innererror\":{"
                        + "\"content_filter_result\":{\"violence\":{\"filtered\":true}}}}}",
                Map.of());
        assertThat(filtered).isInstanceOfSatisfying(ProviderBlockedException.class, b -> {
            assertThat(b.reason()).isEqualTo("content_filter");
            assertThat(b.details()).contains("\"violence\":{\"filtered\":true}");
        });
    }

    @Test
    void transientStatusesAreRetriedWithTheirHint() {
        for (int s : new int[] {408, 409, 429, 500, 502, 503, 529}) {
            assertThat(map(s, "not json", Map.of())).isInstanceOf(RetriableTargetException.class);
        }
        var limited = (RetriableTargetException) map(429, "{}", Map.of("retry-after", "3"));
        assertThat(limited.retryAfter()).hasValue(Duration.ofSeconds(3));
    }

    @Test
    void longProviderMessagesAreCutToOneLine() {
        String longMessage = "x".repeat(500) + "\nsecond line";
        var e = map(422, "{\"error\":{\"message\":\"" + longMessage.replace("\n", "\\n") + "\"}}", Map.of());
        assertThat(e.getMessage())
                .doesNotContain("\n")
                .doesNotContain("second line")
                .endsWith("...");
    }

    @Test
    void a404WithoutAnApiErrorPointsAtTheBaseUrlButAnUnknownModelDoesNot() {
        assertThat(map(404, "", Map.of()))
                .hasMessageEndingWith("HTTP 404 (the server has no such route: check the URL)");
        assertThat(map(404, "{\"detail\":\"Not Found\"}", Map.of())).hasMessageContaining("check the URL");
        assertThat(ErrorMapper.noRouteHint("http://127.0.0.1:8000/chat/completions"))
                .isEqualTo(" (the server has no such route: check the URL; OpenAI-compatible base URLs usually end in"
                        + " /v1)");
        assertThat(ErrorMapper.noRouteHint("http://127.0.0.1:8000/api/embeddings"))
                .contains("end in /v1");
        assertThat(ErrorMapper.noRouteHint("http://127.0.0.1:8000/app/chat")).doesNotContain("/v1");
        assertThat(ErrorMapper.noRouteHint(
                        "https://r.openai.azure.com/openai/deployments/d/chat/completions?api-version=1"))
                .doesNotContain("/v1");
        assertThat(map(
                        404,
                        "{\"error\":{\"message\":\"The model 'gpt-x' does not exist\",\"code\":\"model_not_found\"}}",
                        Map.of()))
                .hasMessageEndingWith("HTTP 404: The model 'gpt-x' does not exist")
                .hasMessageNotContaining("base URL");
    }

    private static HttpReply ok(String body) {
        return new HttpReply(200, HttpHeaders.of(Map.of(), (a, b) -> true), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void truncatedJsonIsOneLineWithoutJacksonsLocationBlurb() {
        String cut = "{\"id\":\"chatcmpl-1\",\"choices\":[{\"index\":0}";
        for (var e : List.of(
                org.assertj.core.api.Assertions.catchThrowable(() -> ok(cut).json("openai/gpt-x")),
                org.assertj.core.api.Assertions.catchThrowable(() -> ok(cut).json("openai/gpt-x", Map.class)))) {
            assertThat(e)
                    .isInstanceOfSatisfying(
                            NonRetriableTargetException.class,
                            n -> assertThat(n.scope()).isEqualTo(Scope.SAMPLE))
                    .hasMessageStartingWith("malformed JSON from openai/gpt-x (HTTP 200, " + cut.length() + " bytes): ")
                    .hasMessageNotContaining("Source:")
                    .hasMessageNotContaining("start marker")
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void anHtmlPageInsteadOfJsonSaysSo() {
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() ->
                        ok("\n<!DOCTYPE html><html><body>Welcome</body></html>").json("openai/gpt-x")))
                .hasMessageContaining("malformed JSON from openai/gpt-x (HTTP 200")
                .hasMessageEndingWith("the answer is an HTML page, not JSON: is the base URL right?");
    }
}
