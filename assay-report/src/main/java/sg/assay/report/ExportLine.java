package sg.assay.report;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import sg.assay.message.Message;
import sg.assay.run.SampleOutcome;
import sg.assay.run.SampleResult;
import sg.assay.score.Score;

/**
 * One line of {@code runs export --format jsonl}: a sample and epoch with its input, output, scores, outcome, usage
 * and timings ({@code docs/schemas/export-line.schema.json}).
 */
public record ExportLine(
        String runId,
        String sampleId,
        int epoch,
        String language,
        String category,
        String group,
        String input,
        String output,
        List<ScoreView> scores,
        String outcome,
        String error,
        String blockedReason,
        String blockedDetails,
        UsageLine usage,
        TimingsLine timings,
        List<Message> transcript,
        Map<String, String> metadata) {

    /** A score as exported; the value is null when the scorer did not apply (e.g. over-refusal on a harmful item). */
    public record ScoreView(
            String scorer,
            @org.jspecify.annotations.Nullable Double value,
            String label,
            String explanation) {}

    /** Tokens and requests of this sample. */
    public record UsageLine(long inputTokens, long outputTokens, long requests) {}

    /** When the sample started and how long it took. */
    public record TimingsLine(Instant started, long totalMs, long targetMs) {}

    public static ExportLine of(SampleResult r) {
        String error = "";
        String reason = "";
        String details = "";
        switch (r.outcome()) {
            case SampleOutcome.Completed c -> {}
            case SampleOutcome.Failed f -> error = f.type() + ": " + f.error();
            case SampleOutcome.Blocked b -> {
                reason = b.reason();
                details = b.details();
            }
        }
        return new ExportLine(
                r.runId(),
                r.sampleId(),
                r.epoch(),
                r.language(),
                r.category(),
                r.group(),
                r.input(),
                r.output(),
                r.scores().stream().map(ExportLine::score).toList(),
                r.outcome().status(),
                error,
                reason,
                details,
                new UsageLine(
                        r.usage().inputTokens(),
                        r.usage().outputTokens(),
                        r.usage().requests()),
                new TimingsLine(
                        r.timings().started(),
                        r.timings().totalMs(),
                        r.timings().targetMs()),
                r.transcript(),
                r.metadata());
    }

    private static ScoreView score(Score s) {
        return new ScoreView(s.scorer(), RunView.num(s.value()), s.label(), s.explanation());
    }
}
