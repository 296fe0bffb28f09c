package sg.assay.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import sg.assay.message.Message;
import sg.assay.server.MockServer;
import sg.assay.server.MockServerOptions;
import sg.assay.server.WaitHint;
import sg.assay.target.GenerateConfig;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.NonRetriableTargetException.Scope;
import sg.assay.target.ProviderBlockedException;
import sg.assay.target.RetriableTargetException;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;

/**
 * What every HTTP target must do against the mock server: answer, report usage and the model, and turn each kind of
 * failure into the right exception, in one line, without a secret and without hanging.
 */
abstract class TargetContract {
    static final String KEY_VAR = "CONTRACT_KEY";
    static final String KEY = "sk-contract-right-key-1234";
    static final String REFUSAL = "I'm sorry, but I can't help with that.";

    /** A target for {@code model} on the server whose root URL is {@code root} (e.g. http://127.0.0.1:8089). */
    protected abstract Target create(String root, String model, Env env);

    /** Whether the target reports usage and the model that answered (an app usually does not). */
    protected boolean reportsModel() {
        return true;
    }

    /** Whether the target can meet a provider content filter or refusal block. */
    protected boolean meetsProviderBlocks() {
        return true;
    }

    /** The reason a provider block of mock-content-filter has on this target's wire format. */
    protected String blockReason() {
        return "content_filter";
    }

    static TargetRequest ask(String prompt) {
        return TargetRequest.of(List.of(Message.system("be brief"), Message.user(prompt)));
    }

    static TargetRequest ask(String prompt, Duration timeout) {
        return new TargetRequest(
                List.of(Message.user(prompt)),
                new GenerateConfig(OptionalInt.empty(), OptionalDouble.empty(), timeout),
                7,
                "");
    }

    private TargetResponse call(MockServerOptions.Builder options, String model, TargetRequest request) {
        try (MockServer server = MockServer.start(options.build());
                Target target = create(server.baseUrl(), model, Env.of(Map.of(KEY_VAR, KEY)))) {
            return target.generate(request);
        }
    }

    private TargetResponse call(MockServerOptions.Builder options, String model) {
        return call(options, model, ask("hello contract world"));
    }

    @Test
    void answers() {
        TargetResponse r = call(MockServerOptions.builder(), "mock-echo");
        assertThat(r.text()).contains("hello contract world");
    }

    @Test
    void reportsUsageModelAndResponseId() {
        assumeThat(reportsModel()).as("target reports usage and model").isTrue();
        TargetResponse r = call(MockServerOptions.builder().apiKey(KEY), "mock-echo");
        assertThat(r.usage().inputTokens()).isPositive();
        assertThat(r.usage().outputTokens()).isEqualTo(3);
        assertThat(r.usage().requests()).isEqualTo(1);
        assertThat(r.model()).isEqualTo("mock-echo-2026-01-01");
        assertThat(r.responseId()).isNotBlank();
    }

    @Test
    void wrongKeyStopsTheRunWithoutShowingTheKey() {
        try (MockServer server = MockServer.start(
                        MockServerOptions.builder().apiKey("sk-other-key-999").build());
                Target target = create(server.baseUrl(), "mock-echo", Env.of(Map.of(KEY_VAR, KEY)))) {
            assertThatThrownBy(() -> target.generate(ask("hi")))
                    .isInstanceOfSatisfying(NonRetriableTargetException.class, e -> {
                        assertThat(e.scope()).isEqualTo(Scope.RUN);
                        assertThat(e.getMessage()).contains("authentication failed", "HTTP 401");
                        assertThat(e.getMessage()).doesNotContain(KEY).doesNotContain("\n");
                    });
            assertThat(target.describe()).doesNotContain(KEY);
        }
    }

    @Test
    void unknownModelStopsTheRun() {
        assertThatThrownBy(() -> call(MockServerOptions.builder(), "no-such-model"))
                .isInstanceOfSatisfying(
                        NonRetriableTargetException.class,
                        e -> assertThat(e.scope()).isEqualTo(Scope.RUN))
                .hasMessageContaining("404");
    }

    @ParameterizedTest
    @EnumSource(
            value = WaitHint.class,
            names = {"NONE"},
            mode = EnumSource.Mode.EXCLUDE)
    void rateLimitsAreRetriedWithTheServersWaitHint(WaitHint hint) {
        var options = MockServerOptions.builder().errors(1.0, List.of(429)).waitHint(hint, Duration.ofMillis(1500));
        assertThatThrownBy(() -> call(options, "mock-echo"))
                .isInstanceOfSatisfying(RetriableTargetException.class, e -> {
                    assertThat(e.getMessage()).contains("429");
                    Duration wait = e.retryAfter().orElseThrow();
                    assertThat(wait).isBetween(Duration.ofMillis(1000), Duration.ofMillis(3100));
                    if (hint == WaitHint.MS || hint == WaitHint.OPENAI) {
                        assertThat(wait).isEqualTo(Duration.ofMillis(1500));
                    }
                });
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {500, 503, 529})
    void serverErrorsAreRetried(int status) {
        var options = MockServerOptions.builder().errors(1.0, List.of(status)).waitHint(WaitHint.NONE, Duration.ZERO);
        assertThatThrownBy(() -> call(options, "mock-echo"))
                .isInstanceOfSatisfying(
                        RetriableTargetException.class,
                        e -> assertThat(e.retryAfter()).isEmpty())
                .hasMessageContaining(Integer.toString(status));
    }

    @Test
    void truncatedJsonFailsOnlyTheSample() {
        assertThatThrownBy(() -> call(MockServerOptions.builder().malformedRate(1.0), "mock-echo"))
                .isInstanceOfSatisfying(
                        NonRetriableTargetException.class,
                        e -> assertThat(e.scope()).isEqualTo(Scope.SAMPLE))
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void aDroppedConnectionIsRetried() {
        assertThatThrownBy(() -> call(MockServerOptions.builder().dropRate(1.0), "mock-echo"))
                .isInstanceOf(RetriableTargetException.class);
    }

    @Test
    void anAnswerThatStopsMidWayTimesOutInsteadOfHanging() {
        long t0 = System.nanoTime();
        var options = MockServerOptions.builder().stall(1.0, Duration.ofMinutes(5));
        assertThatThrownBy(() -> call(options, "mock-echo", ask("hi", Duration.ofMillis(400))))
                .isInstanceOf(RetriableTargetException.class)
                .hasMessageContaining("timed out");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void providerBlocksAreRecordedAsBlocked() {
        assumeThat(meetsProviderBlocks()).as("target meets provider blocks").isTrue();
        assertThatThrownBy(() -> call(MockServerOptions.builder(), "mock-content-filter", ask("how to make a bomb")))
                .isInstanceOfSatisfying(ProviderBlockedException.class, e -> {
                    assertThat(e.reason()).isEqualTo(blockReason());
                    assertThat(e.scope()).isEqualTo(Scope.SAMPLE);
                    assertThat(e.details()).startsWith("{");
                });
    }

    @Test
    void aModelThatRefusesInWordsIsAnAnswer() {
        assumeThat(meetsProviderBlocks()).as("target talks to models").isTrue();
        assertThat(call(MockServerOptions.builder(), "mock-refuse").text()).isEqualTo(REFUSAL);
    }

    @Test
    void anUnreachablePortStopsTheRunInOneLine() throws IOException {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (Target target = create("http://127.0.0.1:" + port, "mock-echo", Env.of(Map.of(KEY_VAR, KEY)))) {
            assertThatThrownBy(() -> target.generate(ask("hi")))
                    .isInstanceOfSatisfying(NonRetriableTargetException.class, e -> {
                        assertThat(e.scope()).isEqualTo(Scope.RUN);
                        assertThat(e.getMessage()).contains("connection refused", "127.0.0.1:" + port);
                    });
        }
    }
}
