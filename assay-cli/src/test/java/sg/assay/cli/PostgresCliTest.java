package sg.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI on a real PostgreSQL store (skipped unless ASSAY_TEST_PG_URL names one; CI starts it). */
class PostgresCliTest {
    @TempDir
    Path home;

    @Test
    void run_show_resume_and_export_work_against_postgresql() {
        String url = System.getenv("ASSAY_TEST_PG_URL");
        Assumptions.assumeTrue(
                url != null && !url.isBlank(), "ASSAY_TEST_PG_URL not set: no PostgreSQL server to test against");
        CliHarness cli = new CliHarness(home);
        CliHarness.Result run = cli.run("run", "sea-smoke", "--target", "mock/refuse", "--json", "--store", url);
        assertThat(run.exit()).as(run.err()).isZero();
        String id = run.json().get("id").asText();
        JsonNode shown = cli.run("runs", "show", id, "--json", "--store", url).json();
        assertThat(CliHarness.validate("run.schema.json", shown)).isEmpty();
        assertThat(shown.at("/samples/completed").asInt()).isEqualTo(90);
        CliHarness.Result resumed = cli.run("runs", "resume", id, "--json", "--no-progress", "--store", url);
        assertThat(resumed.exit()).isZero();
        assertThat(resumed.json().at("/samples/completed").asInt()).isEqualTo(90);
        assertThat(cli.run("runs", "export", id, "--store", url).out().lines().count())
                .isEqualTo(90);
    }
}
