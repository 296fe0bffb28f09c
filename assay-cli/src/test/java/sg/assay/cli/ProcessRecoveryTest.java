package sg.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.assay.json.Json;

/**
 * Crash and interrupt recovery with a real child process: {@code kill -9} loses at most the samples in flight,
 * Ctrl-C (SIGINT) leaves an interrupted run, and {@code runs resume} finishes either with every sample exactly once.
 */
class ProcessRecoveryTest {
    private static final int SAMPLES = 600;

    @TempDir
    Path home;

    Path task;
    Path db;

    @BeforeEach
    void setUp() throws IOException {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < SAMPLES; i++) {
            data.append("{\"id\":\"s")
                    .append(i)
                    .append("\",\"input\":\"question ")
                    .append(i)
                    .append("\",\"expected\":\"question ")
                    .append(i)
                    .append("\"}\n");
        }
        Files.writeString(home.resolve("data.jsonl"), data);
        task = home.resolve("slow.yaml");
        Files.writeString(task, "name: slow\ndataset: data.jsonl\nscorers: [exact]\n");
        db = home.resolve("assay.db");
    }

    private Process start() throws IOException {
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "sg.assay.cli.Main",
                "run",
                task.toString(),
                "--target",
                "mock/echo:latency-ms=25",
                "--max-connections",
                "4",
                "--no-progress",
                "--store",
                db.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("child.log").toFile());
        pb.environment().put("ASSAY_HOME", home.toString());
        return pb.start();
    }

    private long storedResults() {
        if (!Files.exists(db)) {
            return 0;
        }
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
                java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery("SELECT count(*) FROM results")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (java.sql.SQLException e) {
            return 0;
        }
    }

    private void waitForResults(Process p, long atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (storedResults() < atLeast) {
            assertThat(p.isAlive()).as("child ended early").isTrue();
            assertThat(System.nanoTime()).as("child made no progress").isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    private void assertResumesToExactlyOnce(CliHarness cli) throws IOException {
        JsonNode listed =
                cli.run("runs", "list", "--json", "--store", db.toString()).json();
        String id = listed.get(0).get("id").asText();
        CliHarness.Result resumed = cli.run("runs", "resume", id, "--json", "--no-progress", "--store", db.toString());
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.json().at("/status").asText()).isEqualTo("completed");
        assertThat(resumed.json().at("/samples/completed").asInt()).isEqualTo(SAMPLES);
        assertThat(resumed.json().at("/metrics/0/estimate").asDouble()).isEqualTo(1.0);
        Path export = home.resolve("export.jsonl");
        assertThat(cli.run("runs", "export", id, "--out", export.toString(), "--store", db.toString())
                        .exit())
                .isZero();
        List<String> lines = Files.readAllLines(export);
        Set<String> keys = new HashSet<>();
        for (String line : lines) {
            JsonNode n = Json.mapper().readTree(line);
            keys.add(n.get("sample_id").asText() + "/" + n.get("epoch").asInt());
        }
        assertThat(lines).hasSize(SAMPLES);
        assertThat(keys).hasSize(SAMPLES);
    }

    @Test
    void should_resume_after_kill_9_with_every_sample_exactly_once() throws Exception {
        Process p = start();
        waitForResults(p, 40);
        p.destroyForcibly();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        long before = storedResults();
        assertThat(before).isBetween(40L, (long) SAMPLES - 1);
        assertResumesToExactlyOnce(new CliHarness(home));
    }

    @Test
    void should_stop_cleanly_on_sigint_and_resume() throws Exception {
        Process p = start();
        waitForResults(p, 40);
        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue())
                .as(Files.readString(home.resolve("child.log")))
                .isEqualTo(130);
        CliHarness cli = new CliHarness(home);
        JsonNode run = cli.run("runs", "list", "--json", "--store", db.toString())
                .json()
                .get(0);
        assertThat(run.get("status").asText()).isEqualTo("interrupted");
        assertResumesToExactlyOnce(cli);
    }
}
