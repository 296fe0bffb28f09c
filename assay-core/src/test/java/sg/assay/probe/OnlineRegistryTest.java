package sg.assay.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sg.assay.Registry;
import sg.assay.Spec;
import sg.assay.dataset.Sample;
import sg.assay.message.Message;
import sg.assay.score.Score;
import sg.assay.score.Scorer;
import sg.assay.solve.TaskState;

/** The online registry lookups against a loopback JDK HttpServer standing in for PyPI, npm, crates.io and Maven. */
class OnlineRegistryTest {
    final java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newCachedThreadPool();
    HttpServer server;
    String base;
    final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(pool);
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        pool.shutdownNow();
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getRawPath();
        String query = ex.getRequestURI().getQuery();
        hits.computeIfAbsent(path + (query == null ? "" : "?" + query), k -> new AtomicInteger())
                .incrementAndGet();
        int status;
        String body = "{}";
        switch (path) {
            case "/pypi/pypi/sg-real-lib/json",
                    "/npm/left-pad-real",
                    "/npm/@scope%2Freal",
                    "/crates/api/v1/crates/serde-real" -> status = 200;
            case "/pypi/pypi/flaky-pkg/json" -> status = 503;
            case "/pypi/pypi/slow-pkg/json" -> {
                try {
                    Thread.sleep(4_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                status = 200;
            }
            case "/maven/solrsearch/select" -> {
                status = 200;
                body = "{\"response\":{\"numFound\":" + (query.contains("a:\"guava-real\"") ? 1 : 0) + "}}";
            }
            default -> status = 404;
        }
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        ex.sendResponseHeaders(status, b.length);
        ex.getResponseBody().write(b);
        ex.close();
    }

    OnlineRegistry registry() {
        return new OnlineRegistry(
                new OnlineRegistry.Endpoints(base + "/pypi", base + "/npm", base + "/crates", base + "/maven"),
                Duration.ofMillis(1500));
    }

    @Test
    void a_200_exists_a_404_does_not_and_anything_else_is_unknown() {
        OnlineRegistry r = registry();
        assertThat(r.exists("pypi", "sg-real-lib")).contains(true);
        assertThat(r.exists("pypi", "sg-made-up-lib")).contains(false);
        assertThat(r.exists("pypi", "flaky-pkg")).as("a 503 is unknown").isEmpty();
        assertThat(r.exists("pypi", "slow-pkg")).as("a timeout is unknown").isEmpty();
        assertThat(r.exists("npm", "left-pad-real")).contains(true);
        assertThat(r.exists("npm", "@scope/real")).contains(true);
        assertThat(r.exists("npm", "left-pad-fake")).contains(false);
        assertThat(r.exists("crates", "serde-real")).contains(true);
        assertThat(r.exists("crates", "serde-fake")).contains(false);
        assertThat(r.exists("maven", "com.google.guava:guava-real")).contains(true);
        assertThat(r.exists("maven", "com.google.guava:guava-fake")).contains(false);
        assertThat(r.exists("rubygems", "rails"))
                .as("no lookup for this ecosystem")
                .isEmpty();
    }

    @Test
    void answers_are_cached_for_the_run() {
        OnlineRegistry r = registry();
        for (int i = 0; i < 3; i++) {
            assertThat(r.exists("pypi", "sg-real-lib")).contains(true);
        }
        assertThat(hits.get("/pypi/pypi/sg-real-lib/json").get()).isEqualTo(1);
        assertThat(r.lookups()).isEqualTo(1);
    }

    @Test
    void an_unreachable_registry_is_unknown_and_never_counts_as_hallucinated() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        String dead = "http://127.0.0.1:" + closed;
        OnlineRegistry r =
                new OnlineRegistry(new OnlineRegistry.Endpoints(dead, dead, dead, dead), Duration.ofMillis(1500));
        assertThat(r.exists("pypi", "anything")).isEmpty();
        Score s = score(r, "pip install sg-made-up-lib");
        assertThat(s.value()).isZero();
        assertThat(s.label()).isEqualTo("unverified");
        assertThat(s.explanation()).contains("unknown (registry unreachable or no lookup): pypi:sg-made-up-lib");
        assertThat(s.metadata()).containsEntry("unverified", "pypi:sg-made-up-lib");
    }

    @Test
    void the_probe_flags_only_what_the_registry_says_does_not_exist() {
        Score s = score(registry(), "pip install sg-real-lib\npip install sg-made-up-lib\npip install flaky-pkg");
        assertThat(s.value()).isEqualTo(1.0);
        assertThat(s.metadata())
                .containsEntry("unknown", "pypi:sg-made-up-lib (not in registry)")
                .containsEntry("unverified", "pypi:flaky-pkg");
        assertThat(score(registry(), "npm install left-pad-real").value()).isZero();
    }

    @Test
    void online_lookups_happen_only_with_online_true() {
        Registry<Scorer> scorers = new Registry<>("scorer");
        AtomicInteger made = new AtomicInteger();
        Probes.scorers(() -> {
                    made.incrementAndGet();
                    return registry();
                })
                .forEach(scorers::register);
        TaskState st = state("pip install sg-real-lib");
        Score offline = scorers.create(Spec.parse("package-hallucination")).score(st, st.sample());
        assertThat(offline.value()).as("offline: not in the user's list").isEqualTo(1.0);
        assertThat(made.get()).isZero();
        assertThat(hits).isEmpty();
        Score online =
                scorers.create(Spec.parse("package-hallucination:online=true")).score(st, st.sample());
        assertThat(online.value()).isZero();
        assertThat(made.get()).isEqualTo(1);
    }

    private static TaskState state(String answer) {
        return TaskState.start(Sample.of("s1", "q"), 1)
                .withMessages(List.of(Message.user("q"), Message.assistant(answer)));
    }

    private static Score score(PackageRegistry r, String answer) {
        Registry<Scorer> scorers = new Registry<>("scorer");
        Probes.scorers(r).forEach(scorers::register);
        TaskState st = state(answer);
        return scorers.create(Spec.parse("package-hallucination:online=true")).score(st, st.sample());
    }
}
