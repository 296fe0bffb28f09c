package sg.assay.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sg.assay.Spec;
import sg.assay.message.AssistantMessage;
import sg.assay.message.Message;
import sg.assay.message.Part;
import sg.assay.message.ToolCall;
import sg.assay.message.ToolMessage;
import sg.assay.metric.Breakdown;
import sg.assay.metric.Counts;
import sg.assay.metric.MetricResult;
import sg.assay.metric.RunSummary;
import sg.assay.metric.TimingSummary;
import sg.assay.run.DatasetRef;
import sg.assay.run.Limits;
import sg.assay.run.Provenance;
import sg.assay.run.RunRecord;
import sg.assay.run.RunSpec;
import sg.assay.run.RunStatus;
import sg.assay.run.SampleOutcome;
import sg.assay.run.SampleResult;
import sg.assay.run.Timings;
import sg.assay.score.MetricKind;
import sg.assay.score.Score;
import sg.assay.target.Usage;

/** Runs and results to store in tests. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2020-01-02T03:04:05.123456Z");

    private Fixtures() {}

    static RunSpec spec(String task) {
        return new RunSpec(
                task,
                new DatasetRef("tiny", "suites/tiny.jsonl", "sha256:abc", 3, "CC-BY-4.0", Map.of("en", "eng")),
                List.of(Spec.of("generate")),
                List.of(Spec.parse("includes:text=yes"), Spec.of("refusal")),
                Spec.parse("mock/echo:delay=0"),
                2,
                "mean",
                42,
                true,
                Map.of("language", "ms"),
                Limits.defaults(),
                false,
                new Provenance("0.1.0", "abc123", "tester", "localhost", "25"));
    }

    static RunRecord run(String id, String suiteId, Instant created) {
        return new RunRecord(
                id, suiteId, spec("refusal-basic"), RunStatus.RUNNING, created, created, "", Optional.empty());
    }

    static RunRecord run(String id) {
        return run(id, "", T0);
    }

    static RunSummary summary() {
        MetricResult metric =
                new MetricResult("refusal", MetricKind.PROPORTION, 0.5, 0.2, 0.8, 4, 2, Double.NaN, "wilson");
        Counts counts = new Counts(4, 3, 1, 0);
        return new RunSummary(
                counts,
                "mean",
                2,
                List.of(metric),
                List.of(new Breakdown("language", "ms", counts, List.of(metric))),
                new TimingSummary(1000, 12.5, 10, 30, 40),
                new Usage(100, 50, 4));
    }

    static SampleResult completed(String runId, String sampleId, int epoch) {
        return result(runId, sampleId, epoch, new SampleOutcome.Completed(), "answer " + sampleId);
    }

    static SampleResult failed(String runId, String sampleId, int epoch) {
        return result(runId, sampleId, epoch, new SampleOutcome.Failed("timeout", "request timed out after 120 s"), "");
    }

    static SampleResult blocked(String runId, String sampleId, int epoch) {
        return result(runId, sampleId, epoch, new SampleOutcome.Blocked("content_filter", "{\"hate\":\"high\"}"), "");
    }

    static SampleResult result(String runId, String sampleId, int epoch, SampleOutcome outcome, String output) {
        List<Message> transcript = List.of(
                Message.system("be helpful"),
                Message.user("question " + sampleId),
                new AssistantMessage(
                        List.of(new Part.Text("let me look")), List.of(new ToolCall("c1", "search", "{\"q\":\"x\"}"))),
                new ToolMessage("c1", "search", "found \u0000 nothing", false),
                Message.assistant(output));
        List<Score> scores = List.of(
                Score.binary("refusal", outcome instanceof SampleOutcome.Completed, "full-refusal", "said no"),
                new Score("length", 3.5, "", "", Map.of("unit", "words")));
        return new SampleResult(
                runId,
                sampleId,
                epoch,
                "ms",
                "violence",
                "g-" + sampleId.length(),
                "question " + sampleId,
                output,
                transcript,
                scores,
                outcome,
                new Usage(12, 7, 1),
                new Timings(T0, 250, 200),
                Map.of("source", "test"));
    }
}
