package sg.assay.score.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static sg.assay.score.judge.JudgeFixtures.answered;
import static sg.assay.score.judge.JudgeFixtures.sample;
import static sg.assay.score.judge.JudgeFixtures.scorer;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;
import sg.assay.dataset.Sample;
import sg.assay.score.Score;
import sg.assay.target.Target;

/** How {@code judges=} of an ensemble is split: bracketed members with their own ';', and the old form. */
class EnsembleSpecTest {
    private static final String CLASSIFY =
            "judge/classify:target=fake/a,labels=hateful|non-hateful," + "synonyms=benci=hateful;ok=non-hateful";

    @Test
    void bracketed_members_keep_their_own_semicolons_commas_and_quotes() {
        String text = "[" + CLASSIFY + "]; [judge/safety:target=\"openai/x:base-url=http://h/v1,note=[a]\"] ,"
                + "[judge/refusal]";
        assertThat(EnsembleMembers.split(text))
                .containsExactly(
                        CLASSIFY, "judge/safety:target=\"openai/x:base-url=http://h/v1,note=[a]\"", "judge/refusal");
    }

    @Test
    void the_old_form_without_brackets_still_parses() {
        assertThat(EnsembleMembers.split("judge/safety:target=a; judge/safety:target=b;;judge/refusal"))
                .containsExactly("judge/safety:target=a", "judge/safety:target=b", "judge/refusal");
    }

    @Test
    void an_old_form_member_with_synonyms_is_an_error_that_names_the_piece_and_the_fix() {
        assertThatThrownBy(() -> EnsembleMembers.split(CLASSIFY + ";judge/safety:target=b"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'ok=non-hateful' is not a judge spec")
                .hasMessageContaining("must be in brackets");
    }

    @Test
    void malformed_brackets_are_clear_errors() {
        assertThatThrownBy(() -> EnsembleMembers.split("[judge/safety];judge/refusal"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("every member in brackets")
                .hasMessageContaining("'judge/refusal'");
        assertThatThrownBy(() -> EnsembleMembers.split("[judge/safety:target=a"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("never closed");
        assertThatThrownBy(() -> EnsembleMembers.split("[judge/safety];[ ]"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("empty member");
    }

    @Test
    void an_ensemble_of_classifiers_with_synonyms_votes_on_the_mapped_labels() {
        Map<String, Target> targets = Map.of(
                "fake/a", new FakeJudgeTarget("fake/a", r -> "{\"reasoning\":\"r\",\"label\":\"benci\"}"),
                "fake/b", new FakeJudgeTarget("fake/b", r -> "{\"reasoning\":\"r\",\"label\":\"hateful\"}"),
                "fake/c", new FakeJudgeTarget("fake/c", r -> "{\"reasoning\":\"r\",\"label\":\"ok\"}"));
        String members = "[" + CLASSIFY + "];[" + CLASSIFY.replace("fake/a", "fake/b") + "];["
                + CLASSIFY.replace("fake/a", "fake/c") + "]";
        Sample s = sample("p", "ms", "c");
        Score score = scorer("judge/ensemble:judges=\"" + members + "\",vote=majority", targets)
                .score(answered(s, "x"), s);
        assertThat(score.label()).isEqualTo("hateful");
        assertThat(score.metadata()).containsEntry("ensemble.votes", "1:hateful;2:hateful;3:non-hateful");
        assertThatThrownBy(() -> scorer(
                        "judge/ensemble:judges=\"" + CLASSIFY + ";" + CLASSIFY.replace("fake/a", "fake/b") + "\"",
                        targets))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("must be in brackets");
        assertThat(List.of(score.value())).containsExactly(1.0);
    }
}
