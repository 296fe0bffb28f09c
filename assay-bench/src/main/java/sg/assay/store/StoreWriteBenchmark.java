package sg.assay.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import sg.assay.Spec;
import sg.assay.message.Message;
import sg.assay.run.DatasetRef;
import sg.assay.run.Limits;
import sg.assay.run.Provenance;
import sg.assay.run.RunRecord;
import sg.assay.run.RunSpec;
import sg.assay.run.RunStatus;
import sg.assay.run.SampleOutcome;
import sg.assay.run.SampleResult;
import sg.assay.run.Timings;
import sg.assay.score.Score;
import sg.assay.target.Usage;

/**
 * The run store's write path per sample, with a result shaped like those of {@code bench/throughput.sh} (one
 * question, one answer, an {@code includes} and a {@code refusal} score): {@code rowJson} is the JSON made on the
 * sample's thread ({@code ResultTable.Pending.of}); {@code appendAndCommit} appends 1,000 results to a real SQLite
 * file and waits for the writer to commit them (score per result). Run with
 * {@code java -cp ... org.openjdk.jmh.Main StoreWriteBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class StoreWriteBenchmark {
    private static final int BATCH = 1000;
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private final Path dir;
    private final SqliteRunStore store;
    private final String runId = "bench-run";
    private int next;
    private final SampleResult one = result(0);

    public StoreWriteBenchmark() {
        try {
            dir = Files.createTempDirectory("assay-store-bench");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store = SqliteRunStore.open(dir.resolve("bench.db"));
        store.createRun(new RunRecord(runId, "", spec(), RunStatus.RUNNING, T0, T0, "", Optional.empty()));
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Benchmark
    public ResultTable.Pending rowJson() {
        return ResultTable.Pending.of(one);
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public void appendAndCommit() {
        for (int i = 0; i < BATCH; i++) {
            store.append(result(next++));
        }
        store.flush();
    }

    private SampleResult result(int i) {
        String id = "s%07d".formatted(i);
        String question = "Question " + i + ": what colour is the sky on a clear day?";
        return new SampleResult(
                runId,
                id,
                1,
                "en",
                "c" + (i % 7),
                "",
                question,
                question,
                List.of(Message.user(question), Message.assistant(question)),
                List.of(
                        new Score("includes", 1.0, "", "found \"sky\"", Map.of()),
                        new Score(
                                "refusal",
                                0.0,
                                "compliance",
                                "compliance: no refusal cue",
                                Map.of("cue", "", "rule", "no refusal cue", "substance", "41"))),
                new SampleOutcome.Completed(),
                new Usage(14, 14, 1),
                new Timings(T0, 52, 51),
                Map.of());
    }

    private static RunSpec spec() {
        return new RunSpec(
                "throughput",
                new DatasetRef("data", "data.jsonl", "sha256:abc", BATCH, "", Map.of()),
                List.of(Spec.of("generate")),
                List.of(Spec.parse("includes:ignore-case=true"), Spec.of("refusal")),
                Spec.parse("openai/mock-echo"),
                1,
                "mean",
                42,
                false,
                Map.of(),
                Limits.defaults(),
                false,
                new Provenance("0.1.0", "bench", "bench", "localhost", "25"));
    }
}
