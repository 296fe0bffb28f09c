package sg.assay.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import sg.assay.Registry;
import sg.assay.Spec;
import sg.assay.dataset.Dataset;
import sg.assay.dataset.Sample;
import sg.assay.metric.MetricResult;
import sg.assay.mock.MockTargets;
import sg.assay.score.Scorer;
import sg.assay.score.Scorers;
import sg.assay.solve.Solver;
import sg.assay.solve.Solvers;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.ProviderBlockedException;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.task.Catalog;
import sg.assay.task.RunOptions;
import sg.assay.task.RunPlanner;
import sg.assay.task.TaskDefinition;

class EngineTest {
    private final InMemoryRunStore store = new InMemoryRunStore();

    static Catalog catalog(Target... extra) {
        Registry<Target> targets = new Registry<>("target");
        MockTargets.components().forEach(targets::register);
        for (Target t : extra) {
            targets.register(sg.assay.Component.of(t.describe(), "test", List.of(), s -> t));
        }
        Registry<Solver> solvers = new Registry<>("solver");
        Solvers.components().forEach(solvers::register);
        Registry<Scorer> scorers = new Registry<>("scorer");
        Scorers.components().forEach(scorers::register);
        return new Catalog(targets, solvers, scorers);
    }

    static Dataset dataset(int n) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            samples.add(new Sample(
                    "s" + i,
                    List.of(sg.assay.message.Message.user("q" + i)),
                    "q" + i,
                    i % 2 == 0 ? "en" : "ms",
                    i % 3 == 0 ? "a" : "b",
                    "s" + i,
                    Map.of("kind", i % 2 == 0 ? "x" : "y")));
        }
        return new Dataset("test", "sha256:abc", "test-only", samples);
    }

    RunPlanner planner(Catalog catalog, Dataset dataset) {
        return new RunPlanner(
                catalog,
                (ref, base, fields) -> dataset,
                new Provenance("test", "rev", "tester", "host", "21"),
                java.nio.file.Path.of("target/cache"),
                Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), java.time.ZoneOffset.UTC));
    }

    static TaskDefinition task(String scorer) {
        return new TaskDefinition(
                "t",
                "",
                "mem",
                Map.of(),
                "",
                List.of(),
                List.of(Spec.parse(scorer)),
                "",
                1,
                "mean",
                Map.of(),
                java.nio.file.Path.of("."));
    }

    RunOptions options(String target, int epochs, Limits limits) {
        return new RunOptions(
                Optional.of(Spec.parse(target)),
                List.of(),
                List.of(),
                epochs,
                Optional.empty(),
                1,
                false,
                Map.of(),
                limits,
                false,
                "");
    }

    Engine engine() {
        return new Engine(store, Clock.systemUTC(), Duration.ofMillis(1));
    }

    @Test
    void should_score_every_sample_and_epoch_exactly_once() {
        Execution ex = planner(catalog(), dataset(50)).plan(task("exact"), options("mock/echo", 3, Limits.defaults()));
        RunRecord done = engine().execute(ex, EngineListener.NONE);
        assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(store.countResults(done.id())).isEqualTo(150);
        MetricResult m = done.summary().orElseThrow().metrics().getFirst();
        assertThat(m.scorer()).isEqualTo("exact");
        assertThat(m.estimate()).isEqualTo(1.0);
        assertThat(m.n()).isEqualTo(50);
        assertThat(done.summary().orElseThrow().breakdowns())
                .extracting(b -> b.dimension() + "=" + b.value())
                .contains("language=en", "language=ms", "category=a", "category=b");
    }

    @Test
    void should_retry_flaky_target_until_every_sample_completes() {
        Limits limits = new Limits(8, 0, Duration.ofSeconds(5), Duration.ZERO, 0, 0, 20, 1.0);
        Execution ex = planner(catalog(), dataset(200)).plan(task("exact"), options("mock/flaky:rate=0.3", 1, limits));
        RunRecord done = engine().execute(ex, EngineListener.NONE);
        assertThat(done.summary().orElseThrow().counts().completed()).isEqualTo(200);
        assertThat(done.summary().orElseThrow().metrics().getFirst().estimate()).isEqualTo(1.0);
    }

    @Test
    void should_record_failures_when_retries_run_out_and_fail_run_past_threshold() {
        Limits limits = new Limits(4, 0, Duration.ofSeconds(5), Duration.ZERO, 0, 0, 0, 0.1);
        Execution ex = planner(catalog(), dataset(100)).plan(task("exact"), options("mock/flaky:rate=0.5", 1, limits));
        RunRecord done = engine().execute(ex, EngineListener.NONE);
        assertThat(done.status()).isEqualTo(RunStatus.FAILED);
        assertThat(done.error()).contains("samples failed");
        assertThat(done.summary().orElseThrow().counts().failed()).isPositive();
    }

    @Test
    void should_report_provider_blocks_separately_and_keep_going() {
        Target blocking = new FakeTarget("fake/blocker", r -> {
            if (r.sampleId().equals("s3")) {
                throw new ProviderBlockedException("content_filter", "{\"hate\":{\"filtered\":true}}");
            }
            return TargetResponse.of(r.lastUserText(), sg.assay.target.Usage.ZERO, "fake");
        });
        Execution ex = planner(catalog(blocking), dataset(10))
                .plan(task("exact"), options("fake/blocker", 1, Limits.defaults()));
        RunRecord done = engine().execute(ex, EngineListener.NONE);
        assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(done.summary().orElseThrow().counts().blocked()).isEqualTo(1);
        List<SampleResult> blocked = new ArrayList<>();
        store.forEachResult(done.id(), r -> {
            if (r.outcome() instanceof SampleOutcome.Blocked) {
                blocked.add(r);
            }
        });
        assertThat(blocked)
                .singleElement()
                .satisfies(r -> assertThat(((SampleOutcome.Blocked) r.outcome()).details())
                        .contains("hate"));
    }

    @Test
    void should_stop_early_on_run_level_error() {
        AtomicInteger calls = new AtomicInteger();
        Target badKey = new FakeTarget("fake/badkey", r -> {
            calls.incrementAndGet();
            throw new NonRetriableTargetException(
                    "authentication failed: HTTP 401", NonRetriableTargetException.Scope.RUN);
        });
        Limits limits = new Limits(1, 0, Duration.ofSeconds(5), Duration.ZERO, 0, 0, 3, 1.0);
        Execution ex = planner(catalog(badKey), dataset(500)).plan(task("exact"), options("fake/badkey", 1, limits));
        RunRecord done = engine().execute(ex, EngineListener.NONE);
        assertThat(done.status()).isEqualTo(RunStatus.FAILED);
        assertThat(done.error()).isEqualTo("authentication failed: HTTP 401");
        assertThat(calls.get()).isLessThan(10);
    }

    @Test
    void should_resume_only_missing_work() {
        RunPlanner planner = planner(catalog(), dataset(30));
        Execution first = planner.plan(task("exact"), options("mock/echo", 2, Limits.defaults()));
        RunRecord done = engine().execute(first, EngineListener.NONE);
        int before = store.appends;
        RunRecord again = engine().execute(planner.resume(done), EngineListener.NONE);
        assertThat(store.appends).isEqualTo(before);
        assertThat(again.status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(store.countResults(done.id())).isEqualTo(60);
    }

    @Test
    void should_leave_a_completed_run_untouched_when_resume_has_nothing_to_do() {
        RunPlanner planner = planner(catalog(), dataset(20));
        RunRecord done = engine().execute(
                        planner.plan(task("exact"), options("mock/echo", 1, Limits.defaults())), EngineListener.NONE);
        int appends = store.appends;
        int updates = store.updates;
        int scans = store.rowScans;
        List<Long> started = new ArrayList<>();
        RunRecord again = engine().execute(planner.resume(done), new EngineListener() {
            @Override
            public void started(RunRecord run, long total, long alreadyDone) {
                started.add(total);
                started.add(alreadyDone);
            }
        });

        assertThat(again).isEqualTo(done);
        assertThat(started).containsExactly(20L, 20L);
        assertThat(store.appends).isEqualTo(appends);
        assertThat(store.updates).as("no status or summary rewrite").isEqualTo(updates);
        assertThat(store.rowScans).as("no summary recomputed").isEqualTo(scans);
    }

    @Test
    void should_run_the_failed_samples_again_when_a_completed_run_is_resumed() {
        AtomicInteger calls = new AtomicInteger();
        Target failOnce = new FakeTarget("fake/once", r -> {
            if (calls.incrementAndGet() == 3) {
                throw new NonRetriableTargetException("bad request", NonRetriableTargetException.Scope.SAMPLE);
            }
            return TargetResponse.of(r.lastUserText(), sg.assay.target.Usage.ZERO, "fake");
        });
        RunPlanner planner = planner(catalog(failOnce), dataset(10));
        Limits one = new Limits(1, 0, Duration.ofSeconds(5), Duration.ZERO, 0, 0, 0, 1.0);
        RunRecord done =
                engine().execute(planner.plan(task("exact"), options("fake/once", 1, one)), EngineListener.NONE);
        assertThat(done.summary().orElseThrow().counts().failed()).isEqualTo(1);

        RunRecord again = engine().execute(planner.resume(done), EngineListener.NONE);

        assertThat(calls.get()).isEqualTo(11);
        assertThat(again.summary().orElseThrow().counts().completed()).isEqualTo(10);
        assertThat(again.summary().orElseThrow().counts().failed()).isZero();
    }

    @Test
    void should_time_out_a_slow_sample_as_failed() {
        Limits limits = new Limits(4, 0, Duration.ofSeconds(5), Duration.ofMillis(50), 0, 0, 0, 1.0);
        Execution ex =
                planner(catalog(), dataset(2)).plan(task("exact"), options("mock/echo:latency-ms=2000", 1, limits));
        RunRecord done = engine().execute(ex, EngineListener.NONE);
        assertThat(done.summary().orElseThrow().counts().failed()).isEqualTo(2);
    }

    @Test
    void should_space_requests_by_the_rate_limit() {
        // 600 requests per minute = one every 100 ms: 11 requests cannot finish in under a second
        Limits limits = new Limits(8, 0, Duration.ofSeconds(5), Duration.ZERO, 600, 0, 0, 1.0);
        Execution ex = planner(catalog(), dataset(11)).plan(task("exact"), options("mock/echo", 1, limits));
        long t0 = System.nanoTime();
        engine().execute(ex, EngineListener.NONE);
        assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(900);
    }

    @Test
    void should_answer_from_the_cache_when_the_same_request_repeats(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        AtomicInteger calls = new AtomicInteger();
        Target counting = new FakeTarget("fake/counting", r -> {
            calls.incrementAndGet();
            return TargetResponse.of(r.lastUserText(), sg.assay.target.Usage.ZERO, "fake");
        });
        RunPlanner planner = new RunPlanner(
                catalog(counting),
                (ref, base, fields) -> dataset(10),
                new Provenance("test", "rev", "tester", "host", "21"),
                dir,
                Clock.systemUTC());
        RunOptions cached = new RunOptions(
                Optional.of(Spec.parse("fake/counting")),
                List.of(),
                List.of(),
                2,
                Optional.empty(),
                1,
                false,
                Map.of(),
                Limits.defaults(),
                true,
                "");
        engine().execute(planner.plan(task("exact"), cached), EngineListener.NONE);
        assertThat(calls.get()).isEqualTo(20);
        RunRecord second = engine().execute(planner.plan(task("exact"), cached), EngineListener.NONE);
        assertThat(calls.get())
                .as("every request of the second run came from the cache")
                .isEqualTo(20);
        assertThat(second.summary().orElseThrow().metrics().getFirst().estimate())
                .isEqualTo(1.0);
    }

    record FakeTarget(String name, java.util.function.Function<TargetRequest, TargetResponse> f) implements Target {
        @Override
        public TargetResponse generate(TargetRequest request) {
            return f.apply(request);
        }

        @Override
        public String describe() {
            return name;
        }
    }
}
