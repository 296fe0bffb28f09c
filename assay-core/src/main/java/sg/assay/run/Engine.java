package sg.assay.run;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import sg.assay.dataset.Sample;
import sg.assay.metric.RunSummary;
import sg.assay.metric.Summarizer;
import sg.assay.target.GenerateConfig;

/**
 * Executes runs: each sample and epoch on its own virtual thread, bounded by the target's connection limit, with
 * retries, rate limits, time limits and the response cache, writing every result to the store exactly once.
 *
 * <p>A run-level target error stops the run early; too many failed samples fail it; {@link #cancel()} (Ctrl-C) stops
 * it cleanly. In each case the run is left resumable: finished samples are stored, and a resume runs only the rest.
 */
public final class Engine {
    private static final System.Logger LOG = System.getLogger(Engine.class.getName());
    private static final Duration DRAIN = Duration.ofSeconds(5);

    private final RunStore store;
    private final Clock clock;
    private final Duration retryBaseDelay;
    private volatile boolean cancelled;

    public Engine(RunStore store, Clock clock, Duration retryBaseDelay) {
        this.store = store;
        this.clock = clock;
        this.retryBaseDelay = retryBaseDelay;
    }

    /** Asks a running execution to stop; samples in flight are given a few seconds to finish. */
    public void cancel() {
        cancelled = true;
    }

    public RunRecord execute(Execution ex, EngineListener listener) {
        RunRecord record = ex.record();
        String runId = record.id();
        long started = System.nanoTime();
        if (!ex.resume()) {
            store.createRun(record);
        }
        List<WorkItem> work = work(ex, ex.resume() ? store.doneKeys(runId) : Set.of());
        long total = (long) ex.samples().size() * record.spec().epochs();
        if (ex.resume()
                && work.isEmpty()
                && record.status() == RunStatus.COMPLETED
                && record.summary().isPresent()) {
            listener.started(record, total, total);
            listener.finished(record);
            return record; // nothing to do: the stored run and its summary stay as they are
        }
        if (ex.resume()) {
            store.updateRun(runId, RunStatus.RUNNING, "", record.summary());
        }
        listener.started(record, total, total - work.size());
        Outcome outcome = runAll(ex, work, listener);
        store.flush();
        RunSummary summary = summarize(runId, ex, record, started, total);
        RunStatus status;
        String error = "";
        RunAbortedException abort = outcome.abort.get();
        if (abort != null) {
            status = RunStatus.FAILED;
            error = SampleRunner.messageOf(abort);
        } else if (cancelled) {
            status = RunStatus.INTERRUPTED;
            error = "interrupted";
        } else if (record.spec().limits().tooManyFailures(outcome.failed.get(), work.size())) {
            status = RunStatus.FAILED;
            error = outcome.failed.get() + " of " + work.size() + " samples failed (fail-on-error "
                    + record.spec().limits().failOnError() + ")";
        } else {
            status = RunStatus.COMPLETED;
        }
        store.updateRun(runId, status, error, Optional.of(summary));
        RunRecord finished = store.findRun(runId).orElseThrow();
        listener.finished(finished);
        LOG.log(System.Logger.Level.INFO, "run {0} {1}", runId, status.word());
        return finished;
    }

    private record WorkItem(Sample sample, int epoch) {}

    /** The sample-epochs not yet done, in execution order. */
    private static List<WorkItem> work(Execution ex, Set<SampleKey> done) {
        int epochs = ex.record().spec().epochs();
        List<WorkItem> work = new ArrayList<>(done.isEmpty() ? ex.samples().size() * epochs : 16);
        for (Sample s : ex.samples()) {
            for (int e = 1; e <= epochs; e++) {
                if (done.isEmpty() || !done.contains(new SampleKey(s.id(), e))) {
                    work.add(new WorkItem(s, e));
                }
            }
        }
        return work;
    }

    private static final class Outcome {
        final AtomicLong failed = new AtomicLong();
        final AtomicReference<RunAbortedException> abort = new AtomicReference<>();
    }

    private Outcome runAll(Execution ex, List<WorkItem> work, EngineListener listener) {
        RunSpec spec = ex.record().spec();
        Limits limits = spec.limits();
        GenerateConfig config = new GenerateConfig(
                GenerateConfig.DEFAULT.maxTokens(), GenerateConfig.DEFAULT.temperature(), limits.requestTimeout());
        SampleRunner runner = new SampleRunner(
                ex.record().id(),
                ex.target(),
                ex.solvers(),
                ex.scorers(),
                new Retrier(limits.maxRetries(), retryBaseDelay, Duration.ofSeconds(60)),
                new Semaphore(limits.maxConnections()),
                new Throttle(limits.requestsPerMinute(), limits.tokensPerMinute()),
                ex.cache(),
                config,
                spec.seed(),
                limits.sampleTimeLimit(),
                clock,
                listener);
        Outcome outcome = new Outcome();
        Semaphore inFlight = new Semaphore(limits.maxConnections() * 2);
        ExecutorService executor = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("assay-sample-", 0).factory());
        try {
            for (WorkItem item : work) {
                if (cancelled || outcome.abort.get() != null || tooMany(limits, outcome, work.size())) {
                    break;
                }
                inFlight.acquire();
                executor.submit(() -> {
                    try {
                        runOne(runner, item, outcome, listener);
                    } finally {
                        inFlight.release();
                    }
                });
            }
            executor.shutdown();
            awaitOrInterrupt(executor);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancelled = true;
            executor.shutdownNow();
        }
        return outcome;
    }

    private static boolean tooMany(Limits limits, Outcome outcome, long total) {
        return limits.failOnError() >= 1.0
                && limits.failOnError() != 1.0
                && limits.tooManyFailures(outcome.failed.get(), total);
    }

    private void awaitOrInterrupt(ExecutorService executor) throws InterruptedException {
        while (!executor.awaitTermination(100, TimeUnit.MILLISECONDS)) {
            if (cancelled) {
                if (!executor.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS)) {
                    executor.shutdownNow();
                    executor.awaitTermination(DRAIN.toMillis(), TimeUnit.MILLISECONDS);
                }
                return;
            }
        }
    }

    private void runOne(SampleRunner runner, WorkItem item, Outcome outcome, EngineListener listener) {
        try {
            SampleResult result = runner.run(item.sample(), item.epoch());
            store.append(result);
            if (result.outcome() instanceof SampleOutcome.Failed) {
                outcome.failed.incrementAndGet();
            }
            listener.sampleDone(result);
        } catch (RunAbortedException e) {
            outcome.abort.compareAndSet(null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private RunSummary summarize(String runId, Execution ex, RunRecord record, long startedNanos, long planned) {
        Summarizer summarizer = new Summarizer(
                ex.reducer(), record.spec().reducer(), record.spec().epochs());
        store.forEachRow(runId, summarizer::accept);
        long previousWall = record.summary().map(s -> s.timings().wallMs()).orElse(0L);
        return summarizer.summary(previousWall + (System.nanoTime() - startedNanos) / 1_000_000, planned);
    }
}
