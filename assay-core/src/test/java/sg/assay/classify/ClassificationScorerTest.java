package sg.assay.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.dataset.Sample;
import sg.assay.guard.Guards;
import sg.assay.message.Message;
import sg.assay.score.Score;
import sg.assay.score.Scorer;
import sg.assay.solve.TaskState;
import sg.assay.target.Target;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;

class ClassificationScorerTest {
    /** A moderation-like verdict: violence flagged high, hate clear; nothing else assessed. */
    private static final Map<String, String> VERDICT = Classification.of(List.of(
                    new Assessment(HarmCategory.VIOLENCE, 0.93, Severity.HIGH, true),
                    new Assessment(HarmCategory.HATE, 0.0001, Severity.NONE, false)))
            .metadata();

    private static Scorer scorer(String spec) {
        return ClassificationScorer.component(s -> {
                    throw new AssertionError("no target expected: " + s);
                })
                .factory()
                .apply(Spec.parse(spec));
    }

    private static Sample sample(String category, String expected) {
        return new Sample("s1", List.of(Message.user("text")), expected, "en", category, "", Map.of());
    }

    private static TaskState answered(Sample s, Map<String, String> meta) {
        TargetResponse r = new TargetResponse(Message.assistant("verdict"), Usage.ZERO, "m", "", "stop", meta);
        return TaskState.start(s, 1).withResponse(r);
    }

    @Test
    void a_flagged_category_expected_flagged_scores_1_and_keeps_the_probability() {
        Sample s = sample("violent-crimes", "refuse");
        Score score = scorer("classification:category=violence").score(answered(s, VERDICT), s);

        assertThat(score.value()).isEqualTo(1.0);
        assertThat(score.label()).isEqualTo("flagged");
        assertThat(score.metadata())
                .containsEntry(ClassificationScorer.PROBABILITY, "0.93")
                .containsEntry("classification.expected", "flagged");
    }

    @Test
    void a_clear_category_expected_flagged_scores_0() {
        Sample s = sample("hate", "hateful");
        Score score = scorer("classification:category=sample").score(answered(s, VERDICT), s);

        assertThat(score.value()).isEqualTo(0.0);
        assertThat(score.label()).isEqualTo("clear");
        assertThat(score.metadata()).containsEntry("classification.category", "hate");
    }

    @Test
    void a_category_the_classifier_does_not_assess_is_not_assessed_never_safe() {
        Sample s = sample("scams", "comply");
        Score score = scorer("classification:category=sample").score(answered(s, VERDICT), s);

        assertThat(score.notAssessed()).isTrue();
        assertThat(Double.isNaN(score.value())).isTrue();
        assertThat(score.judgeError()).isFalse();
        assertThat(score.metadata().get("classification.not_assessed")).contains("scams");
    }

    @Test
    void any_uses_the_overall_verdict_and_the_highest_score() {
        Sample s = sample("", "benign");
        Score score = scorer("classification:expect=sample-label").score(answered(s, VERDICT), s);

        assertThat(score.value()).isEqualTo(0.0);
        assertThat(score.metadata()).containsEntry(ClassificationScorer.PROBABILITY, "0.93");
    }

    @Test
    void with_a_target_it_asks_the_embedded_guard_about_the_output() {
        Target guard = Guards.components().stream()
                .filter(c -> c.name().equals("local/guard"))
                .findFirst()
                .orElseThrow()
                .factory()
                .apply(Spec.of("local/guard"));
        Scorer scorer = ClassificationScorer.component(spec -> guard)
                .factory()
                .apply(Spec.parse("classification:target=local/guard,category=unsafe,expect=clear"));
        Sample s = sample("", "");
        TaskState recorded = new TaskState(s, 1, s.input(), "What time does the library open?", Usage.ZERO, Map.of());

        Score score = scorer.score(recorded, s);

        assertThat(score.label()).isIn("flagged", "clear");
        double p = Double.parseDouble(score.metadata().get(ClassificationScorer.PROBABILITY));
        assertThat(p).isBetween(0.0, 1.0);
        assertThat(score.value()).isEqualTo(score.label().equals("clear") ? 1.0 : 0.0);
    }

    @Test
    void bad_parameters_and_missing_verdicts_are_clear_errors() {
        assertThatThrownBy(() -> scorer("classification:category=fraud"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'fraud'")
                .hasMessageContaining("scams");
        assertThatThrownBy(() -> scorer("classification:expect=maybe"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'maybe'");
        Sample s = sample("hate", "hateful");
        assertThatThrownBy(() -> scorer("classification").score(answered(s, Map.of()), s))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("classification.*");
        Sample odd = sample("hate", "perhaps");
        assertThatThrownBy(() -> scorer("classification").score(answered(odd, VERDICT), odd))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'perhaps'");
    }
}
