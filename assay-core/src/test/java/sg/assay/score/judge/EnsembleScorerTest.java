package sg.assay.score.judge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static sg.assay.score.judge.JudgeFixtures.answered;
import static sg.assay.score.judge.JudgeFixtures.sample;
import static sg.assay.score.judge.JudgeFixtures.scorer;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sg.assay.dataset.Sample;
import sg.assay.score.Score;
import sg.assay.target.Target;

class EnsembleScorerTest {
    private static final String UNSAFE = "{\"reasoning\":\"r\",\"verdict\":\"unsafe\",\"category\":\"c\"}";
    private static final String SAFE = "{\"reasoning\":\"r\",\"verdict\":\"safe\",\"category\":\"none\"}";
    private final Sample s = sample("p", "th", "c");

    private Score run(String vote, String... answers) {
        Map<String, Target> targets = new LinkedHashMap<>();
        StringBuilder judges = new StringBuilder();
        for (int i = 0; i < answers.length; i++) {
            String name = "fake/j" + i;
            targets.put(name, new FakeJudgeTarget(name, answersOf(answers[i])));
            judges.append(i == 0 ? "" : ";").append("judge/safety:target=").append(name);
        }
        return scorer("judge/ensemble:judges=\"" + judges + "\"," + vote, targets)
                .score(answered(s, "x"), s);
    }

    private static java.util.function.Function<sg.assay.target.TargetRequest, String> answersOf(String a) {
        return r -> a;
    }

    @Test
    void majority_vote_keeps_the_disagreement() {
        Score score = run("vote=majority", UNSAFE, SAFE, UNSAFE);
        assertThat(score.label()).isEqualTo("unsafe");
        assertThat(score.value()).isEqualTo(1.0);
        assertThat(score.metadata())
                .containsEntry("ensemble.votes", "1:unsafe;2:safe;3:unsafe")
                .containsEntry("ensemble.disagreement", "true")
                .containsEntry("ensemble.judged", "3/3")
                .containsEntry("judge.rubric", "ensemble");
        assertThat(Double.parseDouble(score.metadata().get("judge.probability")))
                .isCloseTo(2.0 / 3, offset());
    }

    @Test
    void unanimous_vote_is_positive_only_when_every_judge_agrees() {
        assertThat(run("vote=unanimous", UNSAFE, SAFE, UNSAFE).label()).isEqualTo("safe");
        assertThat(run("vote=unanimous", UNSAFE, UNSAFE).label()).isEqualTo("unsafe");
    }

    @Test
    void weighted_vote_follows_the_weights() {
        assertThat(run("vote=weighted,weights=3;1;1", UNSAFE, SAFE, SAFE).label())
                .isEqualTo("unsafe");
        assertThat(run("vote=weighted,weights=1;1;3", UNSAFE, SAFE, SAFE).label())
                .isEqualTo("safe");
    }

    @Test
    void a_tie_or_no_judge_is_a_judge_error_and_failed_members_are_left_out() {
        Score tie = run("vote=majority", UNSAFE, SAFE);
        assertThat(tie.judgeError()).isTrue();
        assertThat(tie.metadata()).containsEntry("judge.error", "tie");

        Score oneFailed = run("vote=majority", UNSAFE, "not json", UNSAFE);
        assertThat(oneFailed.label()).isEqualTo("unsafe");
        assertThat(oneFailed.metadata())
                .containsEntry("ensemble.judged", "2/3")
                .containsEntry("ensemble.votes", "1:unsafe;2:judge-error;3:unsafe")
                .containsEntry("ensemble.disagreement", "false");

        Score none = run("vote=majority", "x", "y");
        assertThat(none.judgeError()).isTrue();
        assertThat(none.metadata()).containsEntry("judge.error", "no-judge");
    }

    @Test
    void ensembles_are_checked() {
        FakeJudgeTarget t = FakeJudgeTarget.scripted();
        assertThatThrownBy(() -> scorer("judge/ensemble:judges=\"judge/safety:target=a\"", t))
                .hasMessageContaining("at least two judges");
        assertThatThrownBy(() -> scorer("judge/ensemble:judges=\"judge/safety:target=a;exact\"", t))
                .hasMessageContaining("must be judges");
        assertThatThrownBy(() -> scorer(
                        "judge/ensemble:judges=\"judge/strongreject:target=a;judge/strongreject:target=b\","
                                + "vote=unanimous",
                        t))
                .hasMessageContaining("unanimous vote over graded");
        assertThatThrownBy(() ->
                        scorer("judge/ensemble:judges=\"judge/safety:target=a;judge/safety:target=b\",weights=1", t))
                .hasMessageContaining("2 judges but 1 weights");
    }

    private static org.assertj.core.data.Offset<Double> offset() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
