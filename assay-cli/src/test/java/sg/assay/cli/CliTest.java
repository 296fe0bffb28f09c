package sg.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.assay.json.Json;

class CliTest {
    @TempDir
    Path home;

    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(home);
    }

    @Test
    void should_run_demo_and_print_summary_with_intervals_and_report_path() {
        CliHarness.Result r = cli.run("run", "demo", "--no-progress");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("status completed", "includes", "95% interval", "wilson", "report: ");
        assertThat(r.out()).contains("mock target: demo, not a measurement");
        String report = r.out()
                .lines()
                .filter(l -> l.startsWith("report: "))
                .findFirst()
                .orElseThrow()
                .substring(8);
        assertThat(Path.of(report)).exists();
    }

    @Test
    void should_print_run_json_matching_schema_and_show_it_again() throws Exception {
        CliHarness.Result r = cli.run("run", "demo", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode run = r.json();
        assertThat(CliHarness.validate("run.schema.json", run)).isEmpty();
        assertThat(run.at("/samples/total").asInt()).isEqualTo(10);
        assertThat(run.at("/samples/completed").asInt()).isEqualTo(10);
        String id = run.get("id").asText();

        CliHarness.Result show = cli.run("runs", "show", id.substring(0, 18), "--json");
        assertThat(show.exit()).isZero();
        assertThat(show.json().get("metrics")).isEqualTo(run.get("metrics"));

        CliHarness.Result list = cli.run("runs", "list", "--json");
        assertThat(CliHarness.validate("run-list.schema.json", list.json())).isEmpty();
        assertThat(list.json().get(0).get("id").asText()).isEqualTo(id);
    }

    @Test
    void should_export_one_valid_line_per_sample_and_epoch() throws Exception {
        String id = cli.run("run", "demo", "--json", "--epochs", "2")
                .json()
                .get("id")
                .asText();
        Path out = home.resolve("export.jsonl");
        CliHarness.Result exported = cli.run("runs", "export", id, "--out", out.toString());
        assertThat(exported.exit()).isZero();
        String expected = "sha256:"
                + java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(Files.readAllBytes(out)));
        assertThat(exported.err()).contains(expected);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(20);
        for (String line : lines) {
            JsonNode node = Json.mapper().readTree(line);
            assertThat(CliHarness.validate("export-line.schema.json", node))
                    .as(line)
                    .isEmpty();
        }
        assertThat(lines.stream()
                        .map(l -> l.replaceAll(".*\"sample_id\":\"([^\"]+)\",\"epoch\":(\\d).*", "$1/$2"))
                        .distinct())
                .hasSize(20);
    }

    @Test
    void should_resume_a_completed_run_as_a_no_op_without_reading_its_dataset() throws Exception {
        java.nio.file.Path data = home.resolve("gone.jsonl");
        java.nio.file.Files.writeString(data, "{\"id\":\"a\",\"input\":\"x\"}\n{\"id\":\"b\",\"input\":\"y\"}\n");
        java.nio.file.Path task = home.resolve("gone.yaml");
        java.nio.file.Files.writeString(task, "name: gone\ndataset: gone.jsonl\nscorers: [exact]\n");
        CliHarness.Result run = cli.run("run", task.toString(), "-t", "mock/echo", "--json");
        String id = run.json().get("id").asText();
        java.nio.file.Files.delete(data);

        CliHarness.Result resumed = cli.run("runs", "resume", id, "--json", "--no-progress");

        assertThat(resumed.exit()).as(resumed.err()).isZero();
        assertThat(resumed.json().at("/status").asText()).isEqualTo("completed");
        assertThat(resumed.json().at("/updated").asText())
                .isEqualTo(run.json().at("/updated").asText());
    }

    @Test
    void should_render_reports_in_every_format() throws Exception {
        String id = cli.run("run", "demo", "--json").json().get("id").asText();
        CliHarness.Result md = cli.run("report", id, "--format", "md");
        assertThat(md.out()).contains("# Assay run " + id, "| includes |", "Demo, not a measurement");
        CliHarness.Result json = cli.run("report", id, "--format", "json");
        assertThat(CliHarness.validate("run.schema.json", json.json())).isEmpty();
        Path csv = home.resolve("r.csv");
        assertThat(cli.run("report", id, "--format", "csv", "--out", csv.toString())
                        .exit())
                .isZero();
        List<String> rows = Files.readAllLines(csv);
        assertThat(rows.getFirst()).startsWith("run_id,sample_id,epoch").contains("score_includes");
        assertThat(rows).hasSize(11);
    }

    @Test
    void should_list_components_and_tasks_as_documented_json() {
        for (String what : List.of("targets", "scorers", "solvers")) {
            CliHarness.Result r = cli.run(what, "--json");
            assertThat(r.exit()).isZero();
            assertThat(CliHarness.validate("components.schema.json", r.json()))
                    .as(what)
                    .isEmpty();
        }
        assertThat(cli.run("targets").out()).contains("mock/echo", "mock/flaky", "rate=0.1");
        CliHarness.Result tasks = cli.run("tasks", "--json");
        assertThat(CliHarness.validate("tasks.schema.json", tasks.json())).isEmpty();
        assertThat(tasks.out()).contains("demo");
    }

    @Test
    void should_compare_two_runs_with_paired_differences() {
        JsonNode echo =
                cli.run("run", "demo", "--json", "--target", "mock/echo").json();
        String a = echo.get("id").asText();
        double echoIncludes = echo.at("/metrics/0/estimate").asDouble();
        assertThat(echo.at("/metrics/0/scorer").asText()).isEqualTo("includes");
        String b = cli.run("run", "demo", "--json", "--target", "mock/refuse")
                .json()
                .get("id")
                .asText();
        CliHarness.Result c = cli.run("runs", "compare", a, b, "--json");
        assertThat(c.exit()).as(c.err()).isZero();
        assertThat(CliHarness.validate("report-comparison.schema.json", c.json()))
                .isEmpty();
        JsonNode includes = null;
        for (JsonNode d : c.json().get("differences")) {
            if (d.get("scorer").asText().equals("includes")) {
                includes = d;
            }
        }
        assertThat(includes).isNotNull();
        // mock/refuse never includes the expected answer, so the paired difference is minus the echo rate
        assertThat(includes.get("difference").asDouble())
                .isCloseTo(-echoIncludes, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(includes.get("pairs").asInt()).isEqualTo(10);
    }

    @Test
    void should_filter_and_limit_samples() {
        JsonNode run =
                cli.run("run", "demo", "--json", "--filter", "language=en|ms").json();
        assertThat(run.at("/samples/total").asInt()).isEqualTo(3);
        JsonNode limited =
                cli.run("run", "demo", "--json", "--limit", "4", "--shuffle").json();
        assertThat(limited.at("/samples/total").asInt()).isEqualTo(4);
    }
}
