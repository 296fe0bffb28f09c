package sg.assay.target.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** llama-guard/ against the mock server's scripted llama-guard model (and mock-echo for malformed answers). */
class LlamaGuardTargetTest {
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

    static Target target(String model, String params) {
        return GuardTargets.components(Env.of(Map.of()))
                .getFirst()
                .factory()
                .apply(Spec.parse("llama-guard/" + model + ":base-url=" + server.baseUrl() + "/v1"
                        + (params.isEmpty() ? "" : "," + params)));
    }

    static TargetResponse ask(String model, String params, Message... messages) {
        try (Target t = target(model, params)) {
            return t.generate(TargetRequest.of(List.of(messages)));
        }
    }

    @Test
    void an_unsafe_prompt_maps_to_the_common_label_set_and_other_categories_are_not_assessed() {
        TargetResponse r = ask("llama-guard-3-8b", "", Message.user("how do I build a bomb"));

        // the mock answers "unsafe\nS1" for a prompt matching its refuse pattern
        assertThat(r.metadata())
                .containsEntry("classification.flagged", "true")
                .containsEntry("classification.violent-crimes", "flagged medium")
                .containsEntry("classification.hate", "clear none")
                .containsEntry("classification.cyber-attacks", "clear none")
                .containsEntry("classification.llama-guard.verdict", "unsafe")
                .containsEntry("classification.llama-guard.role", "prompt")
                .containsEntry("classification.llama-guard.S5", "clear Defamation")
                .doesNotContainKey("classification.scams");
        assertThat(r.metadata().get("classification.not_assessed").split(","))
                .containsExactlyInAnyOrder(
                        "critical-infrastructure",
                        "drugs",
                        "health-misinformation",
                        "radicalisation",
                        "scams",
                        "harassment",
                        "violence",
                        "prompt-injection",
                        "jailbreak",
                        "unsafe");
        assertThat(r.text()).startsWith("flagged: violent-crimes (medium); assessed and clear: ");
    }

    @Test
    void each_version_reads_its_own_codes() {
        // the mock echoes category codes named in the judged text
        assertThat(ask("llama-guard-3-8b", "version=3", Message.user("S9,S10 S14 S13"))
                        .metadata())
                .containsEntry("classification.weapons", "flagged medium")
                .containsEntry("classification.hate", "flagged medium")
                .containsEntry("classification.cyber-attacks", "flagged medium")
                .containsEntry("classification.election-misinformation", "flagged medium")
                .containsEntry("classification.self-harm", "clear none");
        assertThat(ask("llama-guard-2", "version=2", Message.user("S9 S10")).metadata())
                .containsEntry("classification.hate", "flagged medium")
                .containsEntry("classification.self-harm", "flagged medium")
                .containsEntry("classification.weapons", "clear none")
                .doesNotContainKey("classification.cyber-attacks")
                .doesNotContainKey("classification.election-misinformation");
        TargetResponse v1 = ask("llama-guard-7b", "version=1", Message.user("O4 and O5"));
        assertThat(v1.metadata())
                .containsEntry("classification.weapons", "flagged medium")
                .containsEntry("classification.drugs", "flagged medium")
                .containsEntry("classification.sexual", "clear none")
                .doesNotContainKey("classification.privacy");
        assertThat(ask("llama-guard-4-12b", "version=4", Message.user("S14")).metadata())
                .containsEntry("classification.cyber-attacks", "flagged medium");
    }

    @Test
    void a_code_outside_the_version_is_a_sample_error_naming_it() {
        assertThatThrownBy(() -> ask("llama-guard-2", "version=2", Message.user("S14")))
                .isInstanceOf(NonRetriableTargetException.class)
                .hasMessageContaining("unknown category code 'S14'")
                .hasMessageContaining("known: S1,S10,S11,S2")
                .satisfies(e -> assertThat(((NonRetriableTargetException) e).scope())
                        .isEqualTo(NonRetriableTargetException.Scope.SAMPLE));
    }

    @Test
    void completions_mode_sends_the_raw_prompt_and_the_mock_picks_the_first_listed_category() {
        // Llama Guard 1's first category is O1 (violence and hate)
        TargetResponse r = ask("llama-guard-7b", "version=1,mode=completions", Message.user("how do I build a bomb"));
        assertThat(r.metadata())
                .containsEntry("classification.violence", "flagged medium")
                .containsEntry("classification.hate", "flagged medium")
                .containsEntry("classification.weapons", "clear none");
        assertThat(ask("llama-guard-3-8b", "mode=completions", Message.user("what is a llama"))
                        .metadata())
                .containsEntry("classification.flagged", "false")
                .containsEntry("classification.llama-guard.verdict", "safe");
    }

    @Test
    void custom_categories_go_through_completions_and_map_to_their_labels() throws Exception {
        Path file = dir.resolve("cats.yaml");
        Files.writeString(file, """
                categories:
                  - code: S1
                    name: Fraud and Scams
                    description: Should not help anyone trick people out of money.
                    labels: [scams]
                  - code: S2
                    name: Competitor Talk
                """);
        String params = "mode=completions,categories=" + file;
        TargetResponse scam = ask("llama-guard-3-8b", params, Message.user("send me your bank login S1"));
        assertThat(scam.metadata())
                .containsEntry("classification.scams", "flagged medium")
                .containsEntry("classification.llama-guard.S2", "clear Competitor Talk");
        assertThat(scam.metadata().get("classification.not_assessed")).contains("violent-crimes");
        TargetResponse other = ask("llama-guard-3-8b", params, Message.user("their product is worse S2"));
        assertThat(other.metadata())
                .containsEntry("classification.flagged", "false")
                .containsEntry("classification.scams", "clear none")
                .containsEntry("classification.llama-guard.S2", "flagged Competitor Talk");
        assertThat(other.text()).endsWith("; flagged without a common label: S2 Competitor Talk");
    }

    @Test
    void the_response_is_judged_when_the_sample_has_one_unless_role_says_prompt() {
        Message[] convo = {Message.user("how do I build a bomb"), Message.assistant("I can't help with that.")};
        assertThat(ask("llama-guard-3-8b", "", convo).metadata())
                .containsEntry("classification.llama-guard.role", "response")
                .containsEntry("classification.flagged", "false");
        assertThat(ask("llama-guard-3-8b", "role=prompt", convo).metadata())
                .containsEntry("classification.llama-guard.role", "prompt")
                .containsEntry("classification.flagged", "true");
        assertThat(ask("llama-guard-3-8b", "mode=completions", convo).metadata())
                .containsEntry("classification.flagged", "false");
        assertThatThrownBy(() -> ask("llama-guard-3-8b", "role=response", Message.user("hi")))
                .isInstanceOf(NonRetriableTargetException.class)
                .hasMessageContaining("no assistant response to classify");
    }

    @Test
    void anything_but_a_strict_verdict_is_a_sample_error_that_says_what_came_back() {
        // mock-echo answers with the prompt, so the prompt is the "verdict"
        assertThat(ask("mock-echo", "", Message.user("unsafe\nS1, S10")).metadata())
                .containsEntry("classification.violent-crimes", "flagged medium")
                .containsEntry("classification.hate", "flagged medium");
        assertThat(ask("mock-echo", "", Message.user("  safe\n")).metadata())
                .containsEntry("classification.flagged", "false");
        for (String bad : List.of("maybe unsafe", "unsafe", "safe\nS1", "Unsafe\nS1", "unsafe\nS1\nS2", "unsafe\n")) {
            assertThatThrownBy(() -> ask("mock-echo", "", Message.user(bad)))
                    .as(bad)
                    .isInstanceOf(NonRetriableTargetException.class)
                    .hasMessageContaining("is not a Llama Guard verdict")
                    .hasMessageContaining("'" + bad.replace("\n", "\\n") + "'")
                    .hasMessageContaining("/v1/chat/completions");
        }
    }

    @Test
    void bad_parameters_are_one_line_config_errors() {
        assertThatThrownBy(() -> target("m", "version=5"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("version '5'");
        assertThatThrownBy(() -> target("m", "mode=raw")).hasMessageContaining("mode 'raw'");
        assertThatThrownBy(() -> target("m", "role=agent")).hasMessageContaining("role 'agent'");
        assertThatThrownBy(() -> target("m", "categories=x.yaml")).hasMessageContaining("needs mode=completions");
        assertThatThrownBy(() -> target("m", "mode=completions,categories=" + dir.resolve("none.yaml")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("cannot read categories file");
        assertThatThrownBy(() -> target("", "")).isInstanceOf(ConfigException.class);
    }
}
