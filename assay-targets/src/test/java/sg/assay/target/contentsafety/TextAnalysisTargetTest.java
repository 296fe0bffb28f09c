package sg.assay.target.contentsafety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.message.Message;
import sg.assay.server.MockServer;
import sg.assay.server.MockServerOptions;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.NonRetriableTargetException.Scope;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.targets.Env;

class TextAnalysisTargetTest {
    static MockServer server;

    @BeforeAll
    static void start() {
        server = MockServer.start(MockServerOptions.defaults());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Target target(String params) {
        return ContentSafetyTargets.components(Env.of(Map.of("AZURE_CONTENT_SAFETY_ENDPOINT", server.baseUrl())))
                .getFirst()
                .factory()
                .apply(Spec.parse("azure-content-safety/mock" + (params.isEmpty() ? "" : ":" + params)));
    }

    static TargetResponse ask(String params, String text) {
        try (Target t = target(params)) {
            return t.generate(TargetRequest.of(List.of(Message.user(text))));
        }
    }

    @Test
    void severities_map_onto_the_common_label_set_and_the_default_threshold_is_low() {
        // the mock: three violence keywords -> level 7 (four-level 6, high); one hate keyword -> 3 (four-level 2, low)
        TargetResponse r = ask("", "they plan to attack with a bomb and a weapon, full of hate");

        assertThat(r.metadata())
                .containsEntry("classification.flagged", "true")
                .containsEntry("classification.violence", "flagged high 0.8571")
                .containsEntry("classification.hate", "flagged low 0.2857")
                .containsEntry("classification.sexual", "clear none 0.0000")
                .containsEntry("classification.self-harm", "clear none 0.0000");
        assertThat(r.text()).startsWith("flagged: hate (low 0.29), violence (high 0.86)");
        assertThat(r.model()).isEqualTo("text:analyze@2024-09-01");
        assertThat(r.responseId()).startsWith("req_mock_");
    }

    @Test
    void eight_levels_and_a_higher_threshold_change_what_is_flagged() {
        TargetResponse r = ask("levels=8,threshold=4", "a calm sentence [Hate=3] [Violence=5]");

        assertThat(r.metadata())
                .containsEntry("classification.hate", "clear low 0.4286")
                .containsEntry("classification.violence", "flagged medium 0.7143");
    }

    @Test
    void anything_outside_the_four_categories_is_not_assessed_never_safe() {
        TargetResponse r = ask("categories=Violence", "what is the weather like");

        assertThat(r.metadata()).containsEntry("classification.flagged", "false");
        assertThat(r.metadata()).doesNotContainKeys("classification.hate", "classification.scams");
        assertThat(r.metadata().get("classification.not_assessed").split(","))
                .contains("hate", "self-harm", "sexual", "scams", "prompt-injection", "jailbreak", "unsafe")
                .doesNotContain("violence");
        assertThat(r.text()).startsWith("not flagged; assessed and clear: violence; not assessed: ");
    }

    @Test
    void a_blocklist_match_flags_unsafe_and_is_recorded() {
        TargetResponse r = ask("blocklists=mock-blocklist", "please forward this to contoso");
        TargetResponse halted =
                ask("blocklists=mock-blocklist,halt-on-blocklist-hit=true", "please forward this to contoso");

        assertThat(r.metadata())
                .containsEntry("content_safety.blocklist_matches", "mock-blocklist:contoso")
                .containsEntry("classification.unsafe", "flagged high")
                .containsEntry("classification.violence", "clear none 0.0000");
        assertThat(r.text()).endsWith("; blocklist matches: mock-blocklist:contoso");
        // halted: the service analysed no category, so none is assessed
        assertThat(halted.metadata()).containsEntry("classification.unsafe", "flagged high");
        assertThat(halted.metadata().get("classification.not_assessed")).contains("violence", "hate");
    }

    @Test
    void text_over_the_service_limit_fails_only_that_sample_without_a_request() {
        long before = server.requestCount();

        assertThatThrownBy(() -> ask("", "a".repeat(10_001)))
                .isInstanceOfSatisfying(
                        NonRetriableTargetException.class,
                        e -> assertThat(e.scope()).isEqualTo(Scope.SAMPLE))
                .hasMessage("azure-content-safety/mock: text is 10,001 characters; Content Safety analyses at most"
                        + " 10,000 per request");
        assertThat(server.requestCount()).isEqualTo(before);
        assertThat(ask("", "a".repeat(10_000)).metadata()).containsEntry("classification.flagged", "false");
    }

    @Test
    void bad_parameters_are_one_line_config_errors() {
        assertThatThrownBy(() -> target("threshold=9"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'threshold' must be a severity level 1..7, got 9");
        assertThatThrownBy(() -> target("categories=Hate,Scams"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'Scams'; expected Hate, SelfHarm, Sexual or Violence");
        assertThatThrownBy(() -> target("levels=5")).hasMessageContaining("'levels' must be 4 or 8");
        assertThatThrownBy(() -> ContentSafetyTargets.components(Env.of(Map.of()))
                        .getFirst()
                        .factory()
                        .apply(Spec.parse("azure-content-safety/x")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("needs an endpoint")
                .hasMessageContaining("AZURE_CONTENT_SAFETY_ENDPOINT");
    }

    @Test
    void a_remote_endpoint_needs_a_key_named_by_the_default_variable() {
        assertThatThrownBy(() -> ContentSafetyTargets.components(Env.of(Map.of()))
                        .getFirst()
                        .factory()
                        .apply(Spec.parse("azure-content-safety/x:endpoint=https://res.cognitiveservices.azure.com")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("AZURE_CONTENT_SAFETY_KEY");
    }
}
