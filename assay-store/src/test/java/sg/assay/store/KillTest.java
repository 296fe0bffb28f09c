package sg.assay.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import sg.assay.run.ResultRow;
import sg.assay.run.RunStore;

/** A writer process killed with SIGKILL loses nothing it flushed, and writing everything again duplicates nothing. */
@EnabledIfSystemProperty(named = "assay.slow", matches = "true")
class KillTest {
    private static final int TOTAL = 20_000;

    @TempDir
    Path dir;

    @Test
    void aKilledWriterKeepsWhatItFlushedAndResumesExactlyOnce() throws Exception {
        Path file = dir.resolve("killed.db");
        try (RunStore store = SqliteRunStore.open(file)) {
            store.createRun(Fixtures.run("r"));
        }
        int flushed = runAndKill(file, 2_000);

        try (RunStore store = SqliteRunStore.open(file)) {
            List<ResultRow> rows = new ArrayList<>();
            store.forEachRow("r", rows::add);
            assertThat(rows.size()).as("everything flushed before the kill").isGreaterThanOrEqualTo(flushed);
            assertThat(rows.size()).as("killed before the end").isLessThan(TOTAL);
            assertThat(new HashSet<>(rows.stream().map(ResultRow::sampleId).toList()))
                    .hasSize(rows.size());

            for (int i = 0; i < TOTAL; i++) {
                store.append(Fixtures.completed("r", "s" + i, 1));
            }
            store.flush();
            assertThat(store.countResults("r")).isEqualTo(TOTAL);
        }
    }

    /** Starts a {@link KilledWriter} and kills it once it has flushed at least {@code atLeast} results. */
    private static int runAndKill(Path file, int atLeast) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process child = new ProcessBuilder(
                        java,
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        KilledWriter.class.getName(),
                        file.toString(),
                        Integer.toString(TOTAL))
                .redirectErrorStream(true)
                .start();
        int flushed = 0;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && flushed < atLeast; line = out.readLine()) {
                if (line.startsWith("flushed ")) {
                    flushed = Integer.parseInt(line.substring(8));
                }
            }
            child.destroyForcibly(); // SIGKILL: no shutdown hooks, no close
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(flushed).as("the writer got going").isGreaterThanOrEqualTo(atLeast);
        return flushed;
    }
}
