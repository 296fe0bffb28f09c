package sg.assay.store;

import java.lang.System.Logger.Level;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.LongAdder;
import sg.assay.message.Message;
import sg.assay.run.RunStore;
import sg.assay.run.SampleOutcome;
import sg.assay.run.SampleResult;
import sg.assay.run.Timings;
import sg.assay.score.Score;
import sg.assay.target.Usage;

/**
 * Measures the store with many small results: appends from virtual threads, then listing, rows, keys and full
 * results. Not a test; run by hand:
 *
 * <pre>java -cp ... sg.assay.store.StoreBench [results] [queue capacity] [max batch] [location]</pre>
 *
 * <p>The location is a SQLite file (default: a new temporary file) or a {@code jdbc:postgresql:} URL.
 */
public final class StoreBench {
    private static final System.Logger LOG = System.getLogger(StoreBench.class.getName());
    private static final int WRITERS = Integer.getInteger("bench.writers", 64);

    private StoreBench() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int capacity = args.length > 1 ? Integer.parseInt(args[1]) : SqlRunStore.QUEUE_CAPACITY;
        int maxBatch = args.length > 2 ? Integer.parseInt(args[2]) : SqlRunStore.MAX_BATCH;
        Path file = Files.createTempDirectory("assay-bench").resolve("bench.db");
        String location = args.length > 3 ? args[3] : file.toString();
        String runId = "bench-" + System.nanoTime();
        report("results=%d capacity=%d maxBatch=%d writers=%d cpus=%d java=%s location=%s"
                .formatted(
                        count,
                        capacity,
                        maxBatch,
                        WRITERS,
                        Runtime.getRuntime().availableProcessors(),
                        Runtime.version(),
                        location.startsWith("jdbc:") ? PostgresRunStore.safeName(location) : location));
        long t0 = System.nanoTime();
        try (RunStore store = location.startsWith("jdbc:postgresql:")
                ? PostgresRunStore.open(location, capacity, maxBatch)
                : SqliteRunStore.open(Path.of(location), java.time.Duration.ofSeconds(10), capacity, maxBatch)) {
            store.createRun(Fixtures.run(runId));
            long opened = System.nanoTime();
            report("open+create: %d ms".formatted(ms(t0, opened)));
            long cpu0 = processCpuMs();
            append(store, runId, count);
            long appended = System.nanoTime();
            store.flush();
            long flushed = System.nanoTime();
            report("cpu during append: process %d ms, writer thread %d ms"
                    .formatted(processCpuMs() - cpu0, writerCpuMs()));
            report("append %d: %d ms, then flush %d ms -> %.0f results/s"
                    .formatted(count, ms(opened, appended), ms(appended, flushed), count / ((flushed - opened) / 1e9)));
            measureReads(store, runId, count);
        }
        if (Files.exists(file)) {
            report("file size: %d MB".formatted(Files.size(file) >> 20));
        }
    }

    private static void append(RunStore store, String runId, int count) throws Exception {
        List<Future<?>> writers = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < WRITERS; w++) {
                int first = w;
                writers.add(threads.submit(() -> {
                    for (int i = first; i < count; i += WRITERS) {
                        store.append(small(runId, i));
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        }
    }

    private static void measureReads(RunStore store, String runId, int count) {
        long t = System.nanoTime();
        long stored = store.countResults(runId);
        report("count: %d in %d ms".formatted(stored, ms(t, System.nanoTime())));
        if (stored != count) {
            throw new IllegalStateException("stored " + stored + " of " + count);
        }
        t = System.nanoTime();
        int runs = store.listRuns(50).size();
        report("listRuns: %d runs in %d ms".formatted(runs, ms(t, System.nanoTime())));
        t = System.nanoTime();
        int keys = store.doneKeys(runId).size();
        report("doneKeys: %d in %d ms".formatted(keys, ms(t, System.nanoTime())));
        LongAdder tokens = new LongAdder();
        t = System.nanoTime();
        store.forEachRow(runId, row -> tokens.add(row.usage().inputTokens()));
        report("forEachRow: %d rows in %d ms".formatted(count, ms(t, System.nanoTime())));
        LongAdder chars = new LongAdder();
        t = System.nanoTime();
        store.forEachResult(runId, r -> chars.add(r.output().length()));
        report("forEachResult: %d results in %d ms".formatted(count, ms(t, System.nanoTime())));
    }

    private static SampleResult small(String runId, int i) {
        String id = "sample-" + i;
        return new SampleResult(
                runId,
                id,
                1,
                "en",
                "cat-" + (i % 10),
                "g-" + (i % 100),
                "prompt " + i,
                "answer " + i,
                List.of(Message.user("prompt " + i), Message.assistant("answer " + i)),
                List.of(Score.binary("refusal", i % 3 == 0, "", "")),
                new SampleOutcome.Completed(),
                new Usage(10, 5, 1),
                new Timings(Fixtures.T0, 100, 90),
                Map.of());
    }

    private static long processCpuMs() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getProcessCpuTime()
                / 1_000_000;
    }

    private static long writerCpuMs() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().equals("assay-store-writer"))
                .mapToLong(t -> threads.getThreadCpuTime(t.threadId()) / 1_000_000)
                .sum();
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static void report(String line) {
        LOG.log(Level.INFO, line);
    }
}
