package sg.assay.target.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.assay.Spec;
import sg.assay.message.Message;
import sg.assay.server.MockServer;
import sg.assay.server.MockServerOptions;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.targets.Env;

/** HTTP errors through the shared error mapping, with the key never in a message. */
class GuardErrorsTest {
    static final String KEY = "sk-guard-secret-7f3a";
    static MockServer server;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        server = MockServer.start(MockServerOptions.builder().apiKey(KEY).build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Target target(int index, String provider, String model, Map<String, String> env, String params) {
        return GuardTargets.components(Env.of(env))
                .get(index)
                .factory()
                .apply(Spec.parse(provider + "/" + model + ":base-url=" + server.baseUrl() + "/v1" + params));
    }

    static Throwable failure(Target t) {
        try (t) {
            return org.assertj.core.api.Assertions.catchThrowable(
                    () -> t.generate(TargetRequest.of(List.of(Message.user("hello")))));
        }
    }

    @Test
    void the_right_key_from_the_environment_is_sent() {
        try (Target t = target(0, "llama-guard", "llama-guard-3-8b", Map.of("OPENAI_API_KEY", KEY), "")) {
            assertThat(t.generate(TargetRequest.of(List.of(Message.user("hello"))))
                            .metadata())
                    .containsEntry("classification.flagged", "false");
        }
    }

    @Test
    void a_wrong_key_stops_the_run_and_is_never_shown() throws Exception {
        String wrong = "sk-wrong-key-0123456789";
        Path file = dir.resolve("key");
        Files.writeString(file, wrong);
        for (int i = 0; i < 2; i++) {
            String provider = i == 0 ? "llama-guard" : "shieldgemma";
            String model = i == 0 ? "llama-guard-3-8b" : "shieldgemma-2b";
            Throwable e = failure(target(i, provider, model, Map.of(), ",api-key-file=" + file));
            assertThat(e)
                    .isInstanceOf(NonRetriableTargetException.class)
                    .hasMessageContaining("authentication failed for " + provider + "/" + model)
                    .hasMessageNotContaining(wrong)
                    .hasMessageNotContaining(KEY);
            assertThat(((NonRetriableTargetException) e).scope()).isEqualTo(NonRetriableTargetException.Scope.RUN);
        }
    }

    @Test
    void an_unknown_model_stops_the_run_and_a_rejected_request_fails_the_sample() {
        Map<String, String> env = Map.of("OPENAI_API_KEY", KEY);
        Throwable missing = failure(target(0, "llama-guard", "no-such-guard", env, ",mode=completions"));
        assertThat(missing)
                .hasMessageContaining("model or route not found for llama-guard/no-such-guard")
                .hasMessageContaining("/v1/completions");
        assertThat(((NonRetriableTargetException) missing).scope()).isEqualTo(NonRetriableTargetException.Scope.RUN);
        // reasoning models reject max_tokens with 400, as OpenAI's do
        Throwable rejected = failure(target(0, "llama-guard", "mock-reasoning", env, ""));
        assertThat(rejected)
                .hasMessageContaining("rejected the request: HTTP 400")
                .hasMessageContaining("max_tokens");
        assertThat(((NonRetriableTargetException) rejected).scope())
                .isEqualTo(NonRetriableTargetException.Scope.SAMPLE);
    }
}
