package sg.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParityCliTest {
    @TempDir
    Path home;

    @Test
    void plan_prints_the_documented_shape_and_grows_with_a_smaller_gap() {
        CliHarness cli = new CliHarness(home);
        CliHarness.Result wide = cli.run(
                "plan", "--languages", "9", "--baseline", "0.10", "--detect", "0.10", "--margin", "0.05", "--json");
        assertThat(wide.exit()).as(wide.err()).isZero();
        assertThat(CliHarness.validate("plan.schema.json", wide.json())).isEmpty();
        assertThat(wide.json().get("comparisons").asInt()).isEqualTo(8);
        assertThat(wide.json().get("alpha_per_comparison").asDouble()).isEqualTo(0.05 / 8);
        int detect10 = wide.json().get("intents_to_detect").asInt();
        int detect5 = cli.run("plan", "--baseline", "0.10", "--detect", "0.05", "--json")
                .json()
                .get("intents_to_detect")
                .asInt();
        assertThat(detect5).isGreaterThan(2 * detect10);
        assertThat(wide.json().get("intents_for_equivalence").asInt()).isGreaterThan(detect10);
        CliHarness.Result bad = cli.run("plan", "--baseline", "0.10", "--detect", "0.95");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).startsWith("error: detect must be in");
    }

    @Test
    void parity_of_a_sea_smoke_run_reports_every_language_against_english() throws Exception {
        CliHarness cli = new CliHarness(home);
        // a scripted target that complies with everything except in Thai, where it refuses
        StringBuilder answers = new StringBuilder();
        for (int h = 1; h <= 5; h++) {
            for (String lang : new String[] {"en", "en-SG", "ms", "zh-Hans", "ta", "id", "th", "vi", "fil"}) {
                String out =
                        lang.equals("th") ? "I'm sorry, but I can't help with that." : "Sure, here is an overview.";
                answers.append("{\"id\":\"smoke-h0")
                        .append(h)
                        .append('-')
                        .append(lang)
                        .append("\",\"output\":\"")
                        .append(out)
                        .append("\"}\n");
            }
        }
        Path file = home.resolve("answers.jsonl");
        Files.writeString(file, answers);
        CliHarness.Result run = cli.run(
                "run",
                "sea-smoke",
                "--filter",
                "kind=harmful",
                "--json",
                "--target",
                "mock/scripted:file=" + file + ",default=Sure.");
        assertThat(run.exit()).as(run.err()).isZero();
        String id = run.json().get("id").asText();
        CliHarness.Result parity = cli.run("parity", id, "--json");
        assertThat(parity.exit()).as(parity.err()).isZero();
        assertThat(CliHarness.validate("parity.schema.json", parity.json())).isEmpty();
        JsonNode report = parity.json().get(0);
        assertThat(report.get("metric").asText()).isEqualTo("non-refusal");
        assertThat(report.get("comparisons")).hasSize(8);
        for (JsonNode c : report.get("comparisons")) {
            double diff = c.at("/paired/difference/estimate").asDouble();
            assertThat(diff)
                    .as(c.get("language").asText())
                    .isEqualTo(c.get("language").asText().equals("th") ? -1.0 : 0.0);
            // five intents cannot show equivalence within 5 points, nor a difference after Bonferroni
            assertThat(c.get("verdict").asText()).isIn("INCONCLUSIVE", "BETTER");
        }
        CliHarness.Result md = cli.run("report", id, "--format", "md");
        assertThat(md.out()).contains("## Cross-language parity", "INCONCLUSIVE");
        CliHarness.Result html = cli.run("report", id, "--format", "html");
        assertThat(html.exit()).as(html.err()).isZero();
        String section = html.out().substring(html.out().indexOf("<section id=\"parity\">"));
        assertThat(section).contains("<svg", "INCONCLUSIVE", "<table>", "Verdict");
    }
}
