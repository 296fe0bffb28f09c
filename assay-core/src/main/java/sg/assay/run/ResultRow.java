package sg.assay.run;

import java.util.List;
import sg.assay.score.Score;
import sg.assay.target.Usage;

/** The light view of a stored result that summaries need: no transcript. */
public record ResultRow(
        String sampleId,
        int epoch,
        String language,
        String category,
        String group,
        String status,
        List<Score> scores,
        Usage usage,
        long totalMs) {
    public ResultRow {
        scores = List.copyOf(scores);
    }

    public static ResultRow of(SampleResult r) {
        return new ResultRow(
                r.sampleId(),
                r.epoch(),
                r.language(),
                r.category(),
                r.group(),
                r.outcome().status(),
                r.scores(),
                r.usage(),
                r.timings().totalMs());
    }
}
