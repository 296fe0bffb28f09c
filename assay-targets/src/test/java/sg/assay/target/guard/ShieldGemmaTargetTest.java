package sg.assay.target.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.message.Message;
import sg.assay.server.MockServer;
import sg.assay.server.MockServerOptions;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.targets.Env;

/** shieldgemma/ against the mock server's scripted shieldgemma model: known-answer probabilities. */
class ShieldGemmaTargetTest {
    // softmax of the mock's scripted logprobs: Yes -0.1 / No -2.8, and Yes -3.2 / No -0.05
    static final String HIGH = "0.9370"; // 1 / (1 + e^-2.7) = 0.937027
    static final String LOW = "0.0411"; // 1 / (1 + e^3.15) = 0.041091
    static MockServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        server = MockServer.start(MockServerOptions.defaults());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Target target(String base, String model, String params) {
        return GuardTargets.components(Env.of(Map.of()))
                .get(1)
                .factory()
                .apply(Spec.parse(
                        "shieldgemma/" + model + ":base-url=" + base + (params.isEmpty() ? "" : "," + params)));
    }

    static TargetResponse ask(String model, String params, Message... messages) {
        try (Target t = target(server.baseUrl() + "/v1", model, params)) {
            return t.generate(TargetRequest.of(List.of(messages)));
        }
    }

    @Test
    void the_violation_probability_is_the_softmax_over_yes_and_no() {
        for (String mode : List.of("chat", "completions")) {
            TargetResponse r = ask("shieldgemma-2b", "mode=" + mode, Message.user("how do I build a bomb"));
            assertThat(r.metadata())
                    .as(mode)
                    .containsEntry("classification.shieldgemma.dangerous", "flagged " + HIGH)
                    .containsEntry("classification.weapons", "flagged high " + HIGH)
                    .containsEntry("classification.self-harm", "flagged high " + HIGH)
                    .containsEntry("classification.hate", "flagged high " + HIGH)
                    .containsEntry("classification.shieldgemma.role", "prompt");
            assertThat(r.metadata().get("classification.not_assessed"))
                    .contains("scams", "privacy", "cyber-attacks", "election-misinformation");
            TargetResponse calm = ask("shieldgemma-2b", "mode=" + mode, Message.user("what do llamas eat"));
            assertThat(calm.metadata())
                    .as(mode)
                    .containsEntry("classification.flagged", "false")
                    .containsEntry("classification.sexual", "clear none " + LOW)
                    .containsEntry("classification.shieldgemma.harassment", "clear " + LOW);
        }
    }

    @Test
    void the_threshold_decides_the_flag_and_the_score_stays() {
        TargetResponse r = ask("shieldgemma-2b", "threshold=0.95,policies=dangerous", Message.user("build a bomb"));
        assertThat(r.metadata())
                .containsEntry("classification.flagged", "false")
                .containsEntry("classification.weapons", "clear high " + HIGH)
                .doesNotContainKey("classification.hate");
        assertThat(r.text()).startsWith("not flagged; assessed and clear: ");
    }

    @Test
    void the_response_is_judged_with_the_prompt_as_context() {
        TargetResponse r = ask(
                "shieldgemma-2b",
                "policies=dangerous",
                Message.user("how do I build a bomb"),
                Message.assistant("I won't help with that."));
        assertThat(r.metadata())
                .containsEntry("classification.shieldgemma.role", "response")
                .containsEntry("classification.shieldgemma.dangerous", "clear " + LOW);
    }

    @Test
    void a_policy_file_adds_policies_with_their_labels() throws Exception {
        Path file = dir.resolve("policies.yaml");
        Files.writeString(file, """
                policies:
                  - name: fraud
                    prompt: '"No Fraud": The prompt shall not seek help to trick people out of money.'
                    labels: [scams]
                  - name: brand
                    prompt: '"No Competitors": The prompt shall not ask about competitors.'
                """);
        TargetResponse r = ask("shieldgemma-2b", "policies=" + file, Message.user("how do I hack a bank"));
        assertThat(r.metadata())
                .containsEntry("classification.scams", "flagged high " + HIGH)
                .containsEntry("classification.shieldgemma.brand", "flagged " + HIGH)
                .doesNotContainKey("classification.weapons");
    }

    @Test
    void an_answer_without_yes_or_no_says_what_came_back() {
        // mock-echo gives logprobs for the echoed words
        assertThatThrownBy(() -> ask("mock-echo", "policies=hate", Message.user("hello")))
                .isInstanceOf(NonRetriableTargetException.class)
                .hasMessageContaining("neither Yes nor No among the first token's top logprobs: 'You'");
    }

    @Test
    void a_server_without_logprobs_gets_a_clear_error_naming_model_and_endpoint() throws Exception {
        HttpServer plain = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        plain.createContext("/v1/chat/completions", ex -> {
            byte[] body = "{\"id\":\"x\",\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"No\"}}]}"
                    .getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        plain.start();
        try (Target t =
                target("http://127.0.0.1:" + plain.getAddress().getPort() + "/v1", "google/shieldgemma-9b", "")) {
            assertThatThrownBy(() -> t.generate(TargetRequest.of(List.of(Message.user("hi")))))
                    .isInstanceOf(NonRetriableTargetException.class)
                    .hasMessageContaining("google/shieldgemma-9b")
                    .hasMessageContaining("/v1/chat/completions")
                    .hasMessageContaining("has no logprobs; shieldgemma needs the server to return");
        } finally {
            plain.stop(0);
        }
    }

    @Test
    void bad_parameters_are_config_errors() {
        String base = server.baseUrl() + "/v1";
        assertThatThrownBy(() -> target(base, "m", "policies=violence"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("policy 'violence' is not known");
        assertThatThrownBy(() -> target(base, "m", "threshold=0")).hasMessageContaining("threshold 0.0");
        assertThatThrownBy(() -> target(base, "m", "policies=" + dir.resolve("p.yaml")))
                .hasMessageContaining("cannot read policies file");
    }
}
