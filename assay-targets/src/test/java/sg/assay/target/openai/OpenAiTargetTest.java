package sg.assay.target.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.message.Message;
import sg.assay.server.MockServer;
import sg.assay.server.MockServerOptions;
import sg.assay.target.GenerateConfig;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.targets.Env;

class OpenAiTargetTest {
    static MockServer server;

    @BeforeAll
    static void start() {
        server = MockServer.start(MockServerOptions.defaults());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Target target(String spec, Env env) {
        return OpenAiTargets.component(env).factory().apply(Spec.parse(spec));
    }

    private static TargetRequest withSettings(String prompt) {
        return new TargetRequest(
                List.of(Message.user(prompt)),
                new GenerateConfig(OptionalInt.of(50), OptionalDouble.of(0.3), Duration.ofSeconds(10)),
                1,
                "");
    }

    @Test
    void aMissingKeyForARemoteServerNamesTheVariable() {
        assertThatThrownBy(() -> target("openai/gpt-4o-mini", Env.of(Map.of())))
                .isInstanceOf(ConfigException.class)
                .hasMessage("openai/gpt-4o-mini needs an API key: set environment variable OPENAI_API_KEY (or name"
                        + " another with api-key-env=NAME)");
        assertThatThrownBy(() -> target("openai/gpt-4o-mini:api-key-env=TEAM_KEY", Env.of(Map.of())))
                .hasMessageContaining("TEAM_KEY");
    }

    @Test
    void theBaseUrlComesFromTheEnvironmentWhenNotGiven() {
        Env env = Env.of(Map.of("OPENAI_BASE_URL", server.baseUrl() + "/v1/"));
        try (Target t = target("openai/mock-echo", env)) {
            assertThat(t.generate(withSettings("from env")).text()).isEqualTo("from env");
            assertThat(t.connectionKey()).isEqualTo("http://127.0.0.1:" + server.port());
        }
    }

    @Test
    void reasoningModelsGetMaxCompletionTokensAndNoTemperature() {
        try (Target t = target("openai/o3-mini:base-url=" + server.baseUrl() + "/v1", Env.of(Map.of()))) {
            assertThat(t.generate(withSettings("think")).text()).contains("think");
        }
    }

    @Test
    void aRejectedDefaultIsDroppedAndRemembered() {
        String spec = "openai/o3-mini:reasoning=false,base-url=" + server.baseUrl() + "/v1";
        try (Target t = target(spec, Env.of(Map.of()))) {
            long before = server.requestCount();
            assertThat(t.generate(withSettings("one")).text()).contains("one");
            assertThat(t.generate(withSettings("two")).text()).contains("two");
            // first call: max_tokens rejected, then temperature rejected; both remembered for the second call
            assertThat(server.requestCount() - before).isBetween(3L, 4L);
        }
    }

    @Test
    void theResponsesApiAnswersToo() {
        String spec = "openai/mock-echo:api=responses,base-url=" + server.baseUrl() + "/v1";
        try (Target t = target(spec, Env.of(Map.of()))) {
            var r = t.generate(withSettings("via responses"));
            assertThat(r.text()).isEqualTo("via responses");
            assertThat(r.responseId()).startsWith("resp_");
        }
    }

    @Test
    void describeMasksSecretsInTheBaseUrl() {
        String spec = "openai/mock-echo:base-url=\"" + server.baseUrl() + "/v1?api-key=sk-hidden-1\"";
        try (Target t = target(spec, Env.of(Map.of()))) {
            assertThat(t.describe()).contains("api-key=***").doesNotContain("sk-hidden-1");
        }
    }

    @Test
    void badParametersAreConfigErrors() {
        assertThatThrownBy(() -> target("openai/mock-echo:api=batch,base-url=http://127.0.0.1:1", Env.of(Map.of())))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("chat or responses");
        assertThatThrownBy(() -> target("openai/mock-echo:base-url=ftp://x", Env.of(Map.of())))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("ftp://x");
    }

    @Test
    void modelFamilies() {
        assertThat(ModelFamily.isReasoning("o1")).isTrue();
        assertThat(ModelFamily.isReasoning("o3-mini-2025-01-31")).isTrue();
        assertThat(ModelFamily.isReasoning("gpt-5-nano")).isTrue();
        assertThat(ModelFamily.isReasoning("openai/o4-mini")).isTrue();
        assertThat(ModelFamily.isReasoning("gpt-4o-mini")).isFalse();
        assertThat(ModelFamily.isReasoning("omni-moderation")).isFalse();
    }
}
