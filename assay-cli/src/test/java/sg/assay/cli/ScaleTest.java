package sg.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import sg.assay.json.Json;

/**
 * The CI version of the 1,000,000-sample scale benchmark ({@code bench/scale.sh}): a run of 10,000 samples stores
 * every sample exactly once, lists, shows and exports, a resume of the completed run changes nothing, and a run
 * killed half-way resumes to every sample exactly once. Correctness only; the timings are in the benchmark.
 */
@EnabledIfSystemProperty(named = "assay.slow", matches = "true")
class ScaleTest {
    private static final int SAMPLES = 10_000;

    @TempDir
    Path home;

    Path task;
    Path db;
    CliHarness cli;

    @BeforeEach
    void setUp() throws IOException {
        StringBuilder data = new StringBuilder();
        for (int i = 0; i < SAMPLES; i++) {
            data.append(String.format(
                    Locale.ROOT,
                    "{\"id\":\"s%05d\",\"input\":\"question %d about the sky\",\"expected\":\"sky\","
                            + "\"category\":\"c%d\"}\n",
                    i,
                    i,
                    i % 7));
        }
        Files.writeString(home.resolve("data.jsonl"), data);
        task = home.resolve("scale.yaml");
        Files.writeString(task, "name: scale\ndataset: data.jsonl\nscorers: [includes]\n");
        db = home.resolve("assay.db");
        cli = new CliHarness(home);
    }

    private String[] withStore(String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + 2);
        all[args.length] = "--store";
        all[args.length + 1] = db.toString();
        return all;
    }

    @Test
    void should_store_list_show_export_and_resume_ten_thousand_samples() throws Exception {
        CliHarness.Result run = cli.run(
                withStore("run", task.toString(), "--target", "mock/echo", "--max-connections", "64", "--json"));
        assertThat(run.exit()).as(run.err()).isZero();
        String id = run.json().at("/id").asText();
        assertThat(run.json().at("/samples/completed").asInt()).isEqualTo(SAMPLES);
        assertThat(run.json().at("/metrics/0/estimate").asDouble()).isEqualTo(1.0);

        JsonNode listed = cli.run(withStore("runs", "list", "--json")).json();
        assertThat(listed.get(0).get("id").asText()).isEqualTo(id);
        assertThat(listed.get(0).at("/samples/total").asInt()).isEqualTo(SAMPLES);
        CliHarness.Result shown = cli.run(withStore("runs", "show", id));
        assertThat(shown.exit()).isZero();
        assertThat(shown.out()).contains(SAMPLES + " completed");
        assertExactlyOnce(id);

        Path report = home.resolve("reports").resolve(id + ".md");
        FileTime written = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(report, written);
        CliHarness.Result resumed = cli.run(withStore("runs", "resume", id, "--json", "--no-progress"));
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.json().at("/status").asText()).isEqualTo("completed");
        assertThat(resumed.json().at("/updated").asText())
                .as("a resume with nothing to do leaves the run as it was")
                .isEqualTo(run.json().at("/updated").asText());
        assertThat(Files.getLastModifiedTime(report)).isEqualTo(written);
        assertThat(storedResults()).isEqualTo(SAMPLES);
    }

    @Test
    void should_resume_a_run_killed_half_way_to_every_sample_exactly_once() throws Exception {
        Process p = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "sg.assay.cli.Main",
                        "run",
                        task.toString(),
                        "--target",
                        "mock/echo:latency-ms=5",
                        "--max-connections",
                        "64",
                        "--no-progress",
                        "--store",
                        db.toString())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("child.log").toFile())
                .start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (storedResults() < SAMPLES / 2) {
                assertThat(p.isAlive()).as("child ended early").isTrue();
                assertThat(System.nanoTime()).as("child made no progress").isLessThan(deadline);
                Thread.sleep(20);
            }
        } finally {
            p.destroyForcibly();
        }
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        assertThat(storedResults()).isBetween((long) SAMPLES / 2, (long) SAMPLES - 1);

        String id = cli.run(withStore("runs", "list", "--json"))
                .json()
                .get(0)
                .get("id")
                .asText();
        CliHarness.Result resumed = cli.run(withStore("runs", "resume", id, "--json", "--no-progress"));
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.json().at("/status").asText()).isEqualTo("completed");
        assertThat(resumed.json().at("/samples/completed").asInt()).isEqualTo(SAMPLES);
        assertExactlyOnce(id);
    }

    private void assertExactlyOnce(String id) throws IOException {
        Path export = home.resolve("export-" + id + ".jsonl");
        assertThat(cli.run(withStore("runs", "export", id, "--out", export.toString()))
                        .exit())
                .isZero();
        Set<String> keys = new HashSet<>();
        long lines = 0;
        try (BufferedReader r = Files.newBufferedReader(export)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                JsonNode n = Json.mapper().readTree(line);
                assertThat(n.get("outcome").asText()).isEqualTo("completed");
                keys.add(n.get("sample_id").asText() + "/" + n.get("epoch").asInt());
                lines++;
            }
        }
        assertThat(lines).isEqualTo(SAMPLES);
        assertThat(keys).hasSize(SAMPLES);
        assertThat(keys).containsAll(List.of("s00000/1", "s04999/1", "s09999/1"));
    }

    private long storedResults() {
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT count(*) FROM results")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }
}
