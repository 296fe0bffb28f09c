package sg.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A campaign killed with {@code kill -9} in a child process resumes with {@code redteam resume}: the attacks stored
 * before the kill are kept, the rest run, and every attack of every run is stored exactly once.
 */
class RedteamRecoveryTest {
    private static final int BEHAVIOURS = 60;

    @TempDir
    Path home;

    private Path db() {
        return home.resolve("assay.db");
    }

    private long query(String sql) {
        if (!Files.exists(db())) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            return 0;
        }
    }

    private String campaign() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db());
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT DISTINCT suite_id FROM runs")) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }

    @Test
    void should_resume_a_killed_campaign_with_every_attack_exactly_once() throws Exception {
        Path behaviours = home.resolve("behaviours.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < BEHAVIOURS; i++) {
            sb.append("{\"id\":\"b")
                    .append(i)
                    .append("\",\"input\":\"placeholder behaviour ")
                    .append(i)
                    .append("\"}\n");
        }
        Files.writeString(behaviours, sb);
        ProcessBuilder pb = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "sg.assay.cli.RedteamHarness",
                        "redteam",
                        "run",
                        "--target",
                        "mock/refuse:latency-ms=15",
                        "--judge",
                        "mock/judge",
                        "--behaviors",
                        behaviours.toString(),
                        "--strategies",
                        "best-of-n,grid",
                        "--queries",
                        "3",
                        "--max-connections",
                        "4",
                        "--no-progress",
                        "--store",
                        db().toString()))
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("child.log").toFile());
        pb.environment().put("ASSAY_HOME", home.toString());
        Process p = pb.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (query("SELECT count(*) FROM results") < 20) {
            assertThat(p.isAlive()).as(() -> log()).isTrue();
            assertThat(System.nanoTime()).as("child made no progress").isLessThan(deadline);
            Thread.sleep(50);
        }
        p.destroyForcibly();
        assertThat(p.waitFor(10, TimeUnit.SECONDS)).isTrue();
        long before = query("SELECT count(*) FROM results");
        assertThat(before).isBetween(20L, 2L * BEHAVIOURS - 1);

        String id = campaign();
        CliHarness.Result resumed = new RedteamHarness(home)
                .run("redteam", "resume", id, "--json", "--no-progress", "--store", db().toString());
        assertThat(resumed.exit()).as(resumed.err()).isZero();
        JsonNode v = resumed.json();
        assertThat(v.path("attacks").asInt()).isEqualTo(2 * BEHAVIOURS);
        assertThat(v.path("measured").asInt()).isEqualTo(2 * BEHAVIOURS);
        assertThat(v.at("/overall/estimate").asDouble()).isZero();
        assertThat(query("SELECT count(*) FROM results")).isEqualTo(2L * BEHAVIOURS);
        assertThat(query("SELECT count(DISTINCT run_id || '/' || sample_id) FROM results"))
                .isEqualTo(2L * BEHAVIOURS);
        assertThat(query("SELECT count(*) FROM runs WHERE status = 'completed'"))
                .isEqualTo(2);
    }

    private String log() {
        try {
            return Files.readString(home.resolve("child.log"));
        } catch (IOException e) {
            return "(no log)";
        }
    }
}
