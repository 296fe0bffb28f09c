package sg.assay.report;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sg.assay.Spec;
import sg.assay.message.AssistantMessage;
import sg.assay.message.Message;
import sg.assay.message.Part;
import sg.assay.message.ToolCall;
import sg.assay.message.ToolMessage;
import sg.assay.metric.Reducer;
import sg.assay.metric.Summarizer;
import sg.assay.run.DatasetRef;
import sg.assay.run.InMemoryRunStore;
import sg.assay.run.Limits;
import sg.assay.run.Provenance;
import sg.assay.run.ResultRow;
import sg.assay.run.RunRecord;
import sg.assay.run.RunSpec;
import sg.assay.run.RunStatus;
import sg.assay.run.SampleOutcome;
import sg.assay.run.SampleResult;
import sg.assay.run.Timings;
import sg.assay.score.Score;
import sg.assay.target.Usage;

/** Runs with samples in several languages and categories, multi-turn transcripts with tool calls, and failures. */
final class ReportFixtures {
    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    static final List<String> LANGUAGES = List.of("en", "ms", "ta", "th");
    static final List<String> CATEGORIES = List.of("weapons", "self-harm", "fraud");

    private ReportFixtures() {}

    /**
     * Stores a run of {@code n} samples against {@code target}; sample {@code i} passes when {@code pass(i)}, every
     * tenth sample fails; returns the stored record with its summary.
     */
    static RunRecord run(
            InMemoryRunStore store, String id, String target, int n, java.util.function.IntPredicate pass) {
        RunSpec spec = new RunSpec(
                "demo",
                new DatasetRef("demo", "bundled", "sha256:" + "a".repeat(64), n, "CC-BY-4.0", Map.of()),
                List.of(Spec.parse("generate")),
                List.of(Spec.parse("includes")),
                Spec.parse(target),
                1,
                "mean",
                7,
                false,
                Map.of(),
                Limits.defaults(),
                false,
                new Provenance("0.1.0", "abc123", "tester", "host", "21"));
        RunRecord created = new RunRecord(id, "", spec, RunStatus.RUNNING, T0, T0, "", Optional.empty());
        store.createRun(created);
        Summarizer summarizer = new Summarizer(Reducer.of(Spec.parse("mean")), "mean", 1);
        for (int i = 0; i < n; i++) {
            SampleResult r = sample(id, i, pass.test(i));
            store.append(r);
            summarizer.accept(ResultRow.of(r));
        }
        store.updateRun(id, RunStatus.COMPLETED, "", Optional.of(summarizer.summary(1234, n)));
        return store.findRun(id).orElseThrow();
    }

    static SampleResult sample(String runId, int i, boolean pass) {
        String lang = LANGUAGES.get(i % LANGUAGES.size());
        String cat = CATEGORIES.get(i % CATEGORIES.size());
        boolean failed = i % 10 == 9;
        String question = "question " + i + " in " + lang;
        String answer = pass ? "answer " + i + " with the word" : "refusal " + i + " </script><b>x</b>";
        List<Message> transcript = new ArrayList<>();
        transcript.add(Message.system("be helpful"));
        transcript.add(Message.user(question));
        if (i % 5 == 0) {
            transcript.add(new AssistantMessage(
                    List.of(), List.of(new ToolCall("call-" + i, "lookup", "{\"q\":\"" + i + "\"}"))));
            transcript.add(new ToolMessage("call-" + i, "lookup", "tool result " + i, false));
        }
        if (!failed) {
            transcript.add(new AssistantMessage(List.of(new Part.Text(answer)), List.of()));
        }
        return new SampleResult(
                runId,
                "s" + i,
                1,
                lang,
                cat,
                "s" + i,
                question,
                failed ? "" : answer,
                transcript,
                failed ? List.of() : List.of(Score.binary("includes", pass, pass ? "yes" : "no", "matched: " + pass)),
                failed
                        ? new SampleOutcome.Failed("TimeoutException", "no answer in 30 s")
                        : new SampleOutcome.Completed(),
                new Usage(1000 + i, 200, 1),
                new Timings(T0.plusSeconds(i), 40 + i % 7, 30),
                Map.of());
    }
}
