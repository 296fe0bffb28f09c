package sg.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report --format html, --compare in every format, --prices, and the digests and cost in the JSON outputs. */
class ReportCliTest {
    @TempDir
    Path home;

    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(home);
    }

    @Test
    void should_write_a_self_contained_html_report_and_print_its_digest() throws Exception {
        String id = cli.run("run", "demo", "--json").json().get("id").asText();
        Path html = home.resolve("r.html");
        CliHarness.Result r = cli.run("report", id, "--format", "html", "--out", html.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        String page = Files.readString(html);
        assertThat(page).contains("<h2>Samples</h2>", "id=\"assay-data\"", "Demo, not a measurement");
        String digest = r.err().replaceAll("(?s).*\\((sha256:[0-9a-f]{64})\\).*", "$1");
        assertThat(digest).isEqualTo(sg.assay.provenance.Digests.file(html));
    }

    @Test
    void should_add_digest_and_cost_to_run_json_and_price_from_a_user_file() throws Exception {
        JsonNode run = cli.run("run", "demo", "--json").json();
        assertThat(CliHarness.validate("run.schema.json", run)).isEmpty();
        assertThat(run.get("digest").asText()).matches("sha256:[0-9a-f]{64}");
        assertThat(run.at("/cost/total").isNull())
                .as("mock targets have no bundled price")
                .isTrue();
        Path prices = home.resolve("my-prices.yaml");
        Files.writeString(
                prices, "as-of: \"2026-01-01\"\ncurrency: SGD\nmodels:\n  mock/echo: {input: 1000000, output: 0}\n");
        String id = run.get("id").asText();
        JsonNode priced = cli.run("report", id, "--format", "json", "--prices", prices.toString())
                .json();
        assertThat(CliHarness.validate("run.schema.json", priced)).isEmpty();
        // a price of one million per million input tokens makes the cost equal the input token count
        assertThat(priced.at("/cost/total").asDouble())
                .isEqualTo(priced.at("/usage/input_tokens").asDouble());
        assertThat(priced.at("/cost/currency").asText()).isEqualTo("SGD");
        assertThat(priced.get("digest")).isEqualTo(run.get("digest"));
    }

    @Test
    void should_compare_runs_in_json_markdown_and_html() throws Exception {
        String a = cli.run("run", "demo", "--json", "--target", "mock/echo")
                .json()
                .get("id")
                .asText();
        String b = cli.run("run", "demo", "--json", "--target", "mock/refuse")
                .json()
                .get("id")
                .asText();
        CliHarness.Result json = cli.run("report", a, b, "--compare", "--format", "json");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode c = json.json();
        assertThat(CliHarness.validate("report-comparison.schema.json", c)).isEmpty();
        assertThat(c.get("baseline").asText()).isEqualTo(a);
        assertThat(c.at("/differences/0/pairs").asInt()).isEqualTo(10);
        assertThat(c.at("/differences/0/difference").asDouble())
                .isEqualTo(
                        c.at("/differences/0/other").asDouble()
                                - c.at("/differences/0/baseline").asDouble(),
                        org.assertj.core.data.Offset.offset(1e-9));
        assertThat(cli.run("report", a, b, "--compare").out()).contains("| metric | mock/echo (" + a + ")");
        Path html = home.resolve("cmp.html");
        assertThat(cli.run("report", a, b, "--compare", "--format", "html", "--out", html.toString())
                        .exit())
                .isZero();
        assertThat(Files.readString(html)).contains("Paired differences from " + a);
        CliHarness.Result one = cli.run("report", a, "--compare");
        assertThat(one.exit()).isEqualTo(2);
        assertThat(one.err()).contains("two or more run ids");
    }
}
