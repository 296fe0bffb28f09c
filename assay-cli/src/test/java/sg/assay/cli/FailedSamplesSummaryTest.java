package sg.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.assay.server.MockServer;
import sg.assay.server.MockServerOptions;

/**
 * A run whose samples failed says why in the terminal (most frequent error first), not only in the report: against
 * the mock server answering with truncated JSON or dropping the connection half-way, `run` and `runs show` name the
 * fault in one line per distinct error, with no stack trace.
 */
class FailedSamplesSummaryTest {
    @TempDir
    Path home;

    @Test
    void truncated_answers_are_named_in_the_run_summary_and_in_runs_show() {
        try (MockServer server = MockServer.start(
                MockServerOptions.builder().port(0).malformedRate(1.0).build())) {
            CliHarness cli = new CliHarness(home);
            CliHarness.Result r = cli.run(
                    "run",
                    "demo",
                    "-t",
                    "openai/mock-comply:base-url=" + server.baseUrl() + "/v1",
                    "--limit",
                    "3",
                    "--no-progress");

            assertThat(r.out()).as(r.err()).contains("3 failed");
            assertThat(r.out())
                    .contains("failed samples by error (3 in all):")
                    .contains("x target: malformed JSON from openai/mock-comply (HTTP 200");
            assertThat(r.out() + r.err()).doesNotContain("Exception", "\tat ");
            String id = r.out().lines().findFirst().orElseThrow().split("\\s+")[1];
            assertThat(cli.run("runs", "show", id).out()).contains("x target: malformed JSON from openai/mock-comply");
        }
    }

    @Test
    void a_dropped_stream_is_named_once_with_its_count() {
        try (MockServer server = MockServer.start(
                MockServerOptions.builder().port(0).dropRate(1.0).build())) {
            CliHarness.Result r = new CliHarness(home)
                    .run(
                            "run",
                            "demo",
                            "-t",
                            "openai/mock-comply:stream=true,base-url=" + server.baseUrl() + "/v1",
                            "--limit",
                            "2",
                            "--max-retries",
                            "0",
                            "--no-progress");

            assertThat(r.out()).as(r.err()).contains("failed samples by error (2 in all):");
            assertThat(r.out().lines().filter(l -> l.startsWith("    2 x ")).toList())
                    .singleElement()
                    .asString()
                    .contains("127.0.0.1:" + server.port());
        }
    }

    @Test
    void a_run_without_failures_lists_none() {
        CliHarness.Result r = new CliHarness(home).run("run", "demo", "-t", "mock/echo", "--limit", "2");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).doesNotContain("failed samples by error");
    }
}
