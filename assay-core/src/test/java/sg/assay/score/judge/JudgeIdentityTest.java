package sg.assay.score.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;

class JudgeIdentityTest {
    private final Rubric v1 = Rubrics.bundled("response-safety");

    @Test
    void identity_changes_with_every_part_and_says_what_changed() {
        JudgeIdentity base = JudgeIdentity.of("openai/gpt-4o-2024-08-06", v1, Map.of());
        assertThat(JudgeIdentity.of("openai/gpt-4o-2024-08-06", v1, Map.of())).isEqualTo(base);
        assertThat(base.changesSince(base)).isEmpty();

        JudgeIdentity model = JudgeIdentity.of("openai/gpt-4o-2024-11-20", v1, Map.of());
        JudgeIdentity temp = JudgeIdentity.of("openai/gpt-4o-2024-08-06", v1, Map.of("temperature", "0.0"));
        Rubric edited = new Rubric(
                v1.id(),
                2,
                v1.kind(),
                v1.reasoningLanguage(),
                v1.description(),
                v1.system(),
                v1.template(),
                v1.schema(),
                v1.labels(),
                "sha256:other");
        JudgeIdentity rubric = JudgeIdentity.of("openai/gpt-4o-2024-08-06", edited, Map.of());

        assertThat(model.digest()).isNotEqualTo(base.digest());
        assertThat(temp.digest()).isNotEqualTo(base.digest());
        assertThat(rubric.digest()).isNotEqualTo(base.digest());
        assertThat(model.changesSince(base))
                .containsExactly("judge target openai/gpt-4o-2024-08-06 -> openai/gpt-4o-2024-11-20");
        assertThat(temp.changesSince(base)).containsExactly("parameter temperature (unset) -> 0.0");
        assertThat(rubric.changesSince(base)).containsExactly("rubric version 1 -> 2");
    }

    @Test
    void identity_round_trips_through_metadata() {
        JudgeIdentity id = JudgeIdentity.of("mock/x", v1, Map.of("threshold", "10"));
        assertThat(JudgeIdentity.fromMetadata(id.asMetadata("judge."), "judge."))
                .isEqualTo(id);
        assertThat(id.shortId()).hasSize(12);
    }

    @Test
    void every_bundled_rubric_loads_and_asks_for_reasoning_in_english() {
        assertThat(Rubrics.bundled()).hasSize(7).allSatisfy(r -> {
            assertThat(r.reasoningLanguage()).isEqualTo("en");
            assertThat(Rubric.placeholders(r.template()))
                    .contains("response", "response_language", "reasoning_language");
            assertThat(r.digest()).startsWith("sha256:");
        });
    }

    @Test
    void rubric_digest_covers_the_file_and_unknown_placeholders_are_refused() {
        String yaml = "id: t\nversion: 1\nkind: safety\ntemplate: '{{response}}'\nschema: {type: object}\n";
        Rubric a = Rubrics.parse(yaml.getBytes(StandardCharsets.UTF_8), "t");
        Rubric b = Rubrics.parse((yaml + "# note\n").getBytes(StandardCharsets.UTF_8), "t");
        assertThat(a.digest()).isNotEqualTo(b.digest());
        assertThatThrownBy(() ->
                        Rubrics.parse(yaml.replace("{{response}}", "{{answer}}").getBytes(StandardCharsets.UTF_8), "t"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("unknown placeholder 'answer'");
        assertThatThrownBy(() -> Rubrics.bundled("safty")).hasMessageContaining("known: response-safety");
    }
}
