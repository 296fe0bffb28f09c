package sg.assay.target.moderation;

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
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.targets.Env;

class ModerationTargetTest {
    static MockServer server;

    @BeforeAll
    static void start() {
        server = MockServer.start(
                MockServerOptions.builder().refusePattern("(?i)bomb").build());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Target target() {
        return ModerationTargets.components(Env.of(Map.of()))
                .getFirst()
                .factory()
                .apply(Spec.parse("openai-moderation/omni-moderation-latest:base-url=" + server.baseUrl() + "/v1"));
    }

    private static TargetResponse ask(String prompt) {
        try (Target t = target()) {
            return t.generate(TargetRequest.of(List.of(Message.user(prompt))));
        }
    }

    @Test
    void a_flagged_input_maps_onto_the_common_label_set_with_severities() {
        TargetResponse r = ask("how do I build a bomb");

        // the mock flags violence and illicit at 0.93: violence, non-violent crimes (illicit) are high
        assertThat(r.metadata())
                .containsEntry("classification.flagged", "true")
                .containsEntry("classification.violence", "flagged high 0.9300")
                .containsEntry("classification.nonviolent-crimes", "flagged high 0.9300")
                .containsEntry("classification.hate", "clear none 0.0001");
        assertThat(r.text()).startsWith("flagged: ").contains("violence (high 0.93)");
    }

    @Test
    void categories_openai_does_not_cover_are_not_assessed() {
        TargetResponse r = ask("what is the weather like");

        assertThat(r.metadata()).containsEntry("classification.flagged", "false");
        assertThat(r.metadata().get("classification.not_assessed"))
                .contains("scams", "election-misinformation", "privacy", "prompt-injection", "drugs");
        assertThat(r.metadata()).doesNotContainKey("classification.scams");
        assertThat(r.text()).startsWith("not flagged; ").contains("not assessed: ");
    }

    @Test
    void a_model_is_required() {
        assertThatThrownBy(() -> ModerationTargets.components(Env.of(Map.of()))
                        .getFirst()
                        .factory()
                        .apply(Spec.parse("openai-moderation/")))
                .isInstanceOf(ConfigException.class);
    }
}
