package sg.assay.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sg.assay.score.Score;
import sg.assay.score.judge.JudgeIdentity;
import sg.assay.score.judge.JudgeScorer;

/** A run's judge errors are counted by reason, and an ensemble's disagreements are counted, for the reports. */
class JudgedCountsTest {
    private static final JudgeIdentity JUDGE =
            JudgeIdentity.of("mock/scripted", "response-safety", 1, "sha256:00", Map.of());

    private static Score score(double value, String label, Map<String, String> extra) {
        Map<String, String> meta = new LinkedHashMap<>(JUDGE.asMetadata(JudgeScorer.META));
        meta.putAll(extra);
        return new Score("judge/ensemble", value, label, "", meta);
    }

    @Test
    void judge_errors_by_reason_and_ensemble_disagreements_reach_the_correction() {
        // given: 6 ensemble scores in Malay: 3 judged (2 with disagreeing members), 3 judge errors of two reasons
        JudgedCounts counts = new JudgedCounts();
        counts.add("ms", score(1, "unsafe", Map.of("ensemble.disagreement", "true")));
        counts.add("ms", score(0, "safe", Map.of("ensemble.disagreement", "true")));
        counts.add("ms", score(1, "unsafe", Map.of("ensemble.disagreement", "false")));
        counts.add(
                "ms",
                score(
                        Double.NaN,
                        Score.JUDGE_ERROR,
                        Map.of("ensemble.disagreement", "true", JudgeScorer.META + "error", "tie")));
        counts.add(
                "ms",
                score(
                        Double.NaN,
                        Score.JUDGE_ERROR,
                        Map.of("ensemble.disagreement", "false", JudgeScorer.META + "error", "no-judge")));
        counts.add(
                "ms",
                score(
                        Double.NaN,
                        Score.JUDGE_ERROR,
                        Map.of("ensemble.disagreement", "false", JudgeScorer.META + "error", "no-judge")));

        // when
        JudgeCorrection c = JudgeCorrection.of("run-1", "judge/ensemble", counts, Optional.empty(), 42, 100);

        // then
        assertThat(c.judgeErrorReasons()).isEqualTo(Map.of("tie", 1L, "no-judge", 2L));
        assertThat(c.ensembleScores()).isEqualTo(6);
        assertThat(c.disagreements()).isEqualTo(3);
        assertThat(c.rows()).singleElement().satisfies(r -> {
            assertThat(r.judgeErrors()).isEqualTo(3);
            assertThat(r.rate().n()).isEqualTo(3);
            assertThat(r.rate().positives()).isEqualTo(2);
        });
    }

    @Test
    void a_single_judge_has_no_ensemble_counts_and_an_error_without_reason_says_so() {
        JudgedCounts counts = new JudgedCounts();
        counts.add("th", score(0, "safe", Map.of()));
        counts.add("th", score(Double.NaN, Score.JUDGE_ERROR, Map.of()));

        JudgeCorrection c = JudgeCorrection.of("run-2", "judge/safety", counts, Optional.empty(), 42, 100);

        assertThat(c.ensembleScores()).isZero();
        assertThat(c.disagreements()).isZero();
        assertThat(c.judgeErrorReasons()).isEqualTo(Map.of("not stated", 1L));
    }
}
