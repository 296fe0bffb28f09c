package sg.assay.run;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.Timeout;
import dev.failsafe.TimeoutExceededException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import sg.assay.AssayException;
import sg.assay.dataset.Sample;
import sg.assay.message.Message;
import sg.assay.score.Score;
import sg.assay.score.Scorer;
import sg.assay.solve.Generator;
import sg.assay.solve.Solver;
import sg.assay.solve.TaskState;
import sg.assay.target.GenerateConfig;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.ProviderBlockedException;
import sg.assay.target.RetriableTargetException;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;

/** Runs one sample and epoch through the solver chain and the scorers, and turns what happened into a result. */
final class SampleRunner {
    private final String runId;
    private final Target target;
    private final List<Solver> solvers;
    private final List<Scorer> scorers;
    private final Retrier retrier;
    private final Semaphore connections;
    private final Throttle throttle;
    private final Optional<ResponseCache> cache;
    private final GenerateConfig config;
    private final long seed;
    private final Duration sampleTimeLimit;
    private final Clock clock;
    private final EngineListener listener;

    SampleRunner(
            String runId,
            Target target,
            List<Solver> solvers,
            List<Scorer> scorers,
            Retrier retrier,
            Semaphore connections,
            Throttle throttle,
            Optional<ResponseCache> cache,
            GenerateConfig config,
            long seed,
            Duration sampleTimeLimit,
            Clock clock,
            EngineListener listener) {
        this.runId = runId;
        this.target = target;
        this.solvers = List.copyOf(solvers);
        this.scorers = List.copyOf(scorers);
        this.retrier = retrier;
        this.connections = connections;
        this.throttle = throttle;
        this.cache = cache;
        this.config = config;
        this.seed = seed;
        this.sampleTimeLimit = sampleTimeLimit;
        this.clock = clock;
        this.listener = listener;
    }

    /**
     * Runs the sample. A run-level target error is rethrown as {@link RunAbortedException}; everything else about the
     * sample becomes its outcome.
     */
    SampleResult run(Sample sample, int epoch) throws InterruptedException {
        Instant started = clock.instant();
        long t0 = System.nanoTime();
        Progress p = new Progress(TaskState.start(sample, epoch));
        SampleOutcome outcome;
        try {
            if (sampleTimeLimit.isZero()) {
                solveAndScore(p);
            } else {
                Failsafe.with(Timeout.<Object>builder(sampleTimeLimit)
                                .withInterrupt()
                                .build())
                        .run(() -> solveAndScore(p));
            }
            outcome = new SampleOutcome.Completed();
        } catch (TimeoutExceededException e) {
            outcome = new SampleOutcome.Failed(
                    "time-limit", "sample time limit of " + sampleTimeLimit.toMillis() + " ms exceeded");
        } catch (FailsafeException e) {
            outcome = classify(unwrap(e));
        } catch (RuntimeException e) {
            outcome = classify(e);
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new InterruptedException("sample " + sample.id() + " interrupted");
        }
        TaskState s = p.state;
        long totalMs = (System.nanoTime() - t0) / 1_000_000;
        List<Score> scores = outcome instanceof SampleOutcome.Completed ? p.scores : List.of();
        String output = outcome instanceof SampleOutcome.Completed ? s.output() : "";
        return new SampleResult(
                runId,
                sample.id(),
                epoch,
                sample.language(),
                sample.category(),
                sample.group(),
                sample.prompt(),
                output,
                s.messages(),
                scores,
                outcome,
                s.usage(),
                new Timings(started, totalMs, p.targetNanos.get() / 1_000_000),
                s.metadata());
    }

    /** What one sample has done so far; written by the sample's own thread only. */
    private static final class Progress {
        volatile TaskState state;
        volatile List<Score> scores = List.of();
        final AtomicLong targetNanos = new AtomicLong();

        Progress(TaskState state) {
            this.state = state;
        }
    }

    private void solveAndScore(Progress p) {
        Generator generator = messages -> generate(p.state, messages, p.targetNanos);
        for (Solver solver : solvers) {
            p.state = solver.solve(p.state, generator);
        }
        List<Score> scores = new ArrayList<>();
        for (Scorer scorer : scorers) {
            scores.add(scorer.score(p.state, p.state.sample()));
        }
        p.scores = List.copyOf(scores);
    }

    private TargetResponse generate(TaskState s, List<Message> messages, AtomicLong targetNanos) {
        long requestSeed = seed * 31 + s.sample().id().hashCode() * 17L + s.epoch();
        TargetRequest request =
                new TargetRequest(messages, config, requestSeed, s.sample().id());
        Optional<String> key = cache.map(c -> FileResponseCache.key(target.describe(), s.epoch(), request));
        if (key.isPresent()) {
            Optional<TargetResponse> hit = cache.get().get(key.get());
            if (hit.isPresent()) {
                return hit.get();
            }
        }
        TargetResponse response = retrier.call(() -> callOnce(request, targetNanos));
        if (key.isPresent()) {
            cache.get().put(key.get(), response);
        }
        return response;
    }

    private TargetResponse callOnce(TargetRequest request, AtomicLong targetNanos) {
        try {
            connections.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssayException("interrupted while waiting for a connection", e);
        }
        try {
            throttle.beforeRequest(estimateTokens(request));
            long t0 = System.nanoTime();
            try {
                TargetResponse r = target.generate(request);
                throttle.afterResponse(r.usage().outputTokens());
                return r;
            } catch (RetriableTargetException e) {
                listener.retrying(messageOf(e));
                throw e;
            } finally {
                targetNanos.addAndGet(System.nanoTime() - t0);
            }
        } finally {
            connections.release();
        }
    }

    private static int estimateTokens(TargetRequest request) {
        int chars = 0;
        for (Message m : request.messages()) {
            chars += m.text().length();
        }
        return chars / 4 + 1;
    }

    static String messageOf(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    private static RuntimeException unwrap(FailsafeException e) {
        Throwable c = e.getCause();
        return c instanceof RuntimeException re ? re : e;
    }

    private SampleOutcome classify(RuntimeException e) {
        return switch (e) {
            case ProviderBlockedException b -> new SampleOutcome.Blocked(b.reason(), b.details());
            case NonRetriableTargetException n
            when n.scope() == NonRetriableTargetException.Scope.RUN -> throw new RunAbortedException(messageOf(n), n);
            case NonRetriableTargetException n -> new SampleOutcome.Failed("target", messageOf(n));
            case RetriableTargetException r ->
                new SampleOutcome.Failed(
                        "retries-exhausted", "gave up after " + retrier.maxRetries() + " retries: " + messageOf(r));
            case RunAbortedException a -> throw a;
            default ->
                new SampleOutcome.Failed(
                        e.getClass().getSimpleName(),
                        e.getMessage() == null ? e.getClass().getName() : e.getMessage());
        };
    }
}
