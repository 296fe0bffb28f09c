package sg.assay.metric;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sg.assay.json.Json;
import sg.assay.run.ResultRow;
import sg.assay.score.Score;
import sg.assay.target.Usage;

class JudgeErrorSummaryTest {
    private static ResultRow row(String id, Score score) {
        return new ResultRow(id, 1, "ms", "", id, "completed", List.of(score), Usage.ZERO, 1);
    }

    @Test
    void judge_errors_are_counted_per_scorer_and_left_out_of_the_rate() {
        Summarizer s = new Summarizer(v -> v[0], "mean", 1);
        s.accept(row("a", Score.binary("judge/safety", true, "unsafe", "")));
        s.accept(row("b", Score.binary("judge/safety", false, "safe", "")));
        s.accept(row("c", new Score("judge/safety", Double.NaN, Score.JUDGE_ERROR, "unparseable", Map.of())));
        s.accept(row("d", new Score("refusal", Double.NaN, "not-applicable", "", Map.of())));

        RunSummary summary = s.summary(0, 4);

        assertThat(summary.judgeErrors()).containsExactly(Map.entry("judge/safety", 1L));
        MetricResult m = summary.metrics().getFirst();
        assertThat(m.n()).as("the judge error is neither safe nor unsafe").isEqualTo(2);
        assertThat(m.estimate()).isEqualTo(0.5);
    }

    @Test
    void not_assessed_scores_are_counted_apart_and_left_out_of_the_rate() {
        Summarizer s = new Summarizer(v -> v[0], "mean", 1);
        s.accept(row("a", Score.binary("classification", true, "flagged", "")));
        s.accept(row("b", new Score("classification", Double.NaN, Score.NOT_ASSESSED, "scams", Map.of())));
        s.accept(row("c", new Score("classification", Double.NaN, Score.NOT_ASSESSED, "privacy", Map.of())));

        RunSummary summary = s.summary(0, 3);

        assertThat(summary.notAssessed()).containsExactly(Map.entry("classification", 2L));
        assertThat(summary.judgeErrors()).isEmpty();
        assertThat(summary.metrics().getFirst().n()).isEqualTo(1);
        String json = Json.write(summary).replace(",\"notAssessed\":{\"classification\":2}", "");
        assertThat(Json.read(json, RunSummary.class).notAssessed())
                .as("stored before")
                .isEmpty();
    }

    @Test
    void summaries_stored_before_judge_errors_were_counted_still_read() {
        RunSummary old = new RunSummary(
                new Counts(0, 0, 0, 0), "mean", 1, List.of(), List.of(), new TimingSummary(0, 0, 0, 0, 0), Usage.ZERO);
        String json = Json.write(old).replace(",\"judgeErrors\":{}", "");
        assertThat(json).doesNotContain("judgeErrors");
        assertThat(Json.read(json, RunSummary.class).judgeErrors()).isEmpty();
    }
}
