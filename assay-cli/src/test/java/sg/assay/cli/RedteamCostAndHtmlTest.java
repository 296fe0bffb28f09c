package sg.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.assay.json.Json;

/** A campaign's cost under a user's price table, and its HTML report parsed. */
class RedteamCostAndHtmlTest {
    @TempDir
    Path home;

    @Test
    void the_campaign_is_priced_per_role_and_its_html_report_lists_the_findings() throws IOException {
        // per million input / output tokens: target 1 / 2, attacker 10 / 20, judge 100 / 200 (prices of the mocks
        // so that every role has a price; the numbers are made up for the test)
        Files.writeString(
                home.resolve("prices.yaml"),
                "currency: USD\nmodels:\n  mock/wavering: {input: 1, output: 2}\n"
                        + "  mock/attacker: {input: 10, output: 20}\n  mock/judge: {input: 100, output: 200}\n");
        Path behaviours = home.resolve("b.jsonl");
        Files.writeString(
                behaviours,
                "{\"id\":\"b1\",\"input\":\"describe placeholder behaviour one\",\"category\":\"cyber\"}\n"
                        + "{\"id\":\"b2\",\"input\":\"describe placeholder behaviour two\",\"category\":\"fraud\"}\n");
        RedteamHarness cli = new RedteamHarness(home);
        String db = home.resolve("assay.db").toString();
        CliHarness.Result run = cli.run(
                "redteam",
                "run",
                "--target",
                "mock/wavering:comply=0.5",
                "--attacker",
                "mock/attacker",
                "--judge",
                "mock/judge",
                "--behaviors",
                behaviours.toString(),
                "--strategies",
                "pair,best-of-n",
                "--queries",
                "6",
                "--json",
                "--no-progress",
                "--store",
                db);
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode v = run.json();
        String campaign = v.path("campaign").asText();

        Path out = home.resolve("all.jsonl");
        assertThat(cli.run("redteam", "export", campaign, "--all", "--out", out.toString(), "--store", db)
                        .exit())
                .isZero();
        double[] price = {1, 2, 10, 20, 100, 200};
        double sum = 0;
        long attackerTokens = 0;
        int successes = 0;
        for (String line : Files.readAllLines(out)) {
            JsonNode f = Json.mapper().readTree(line);
            double own = 0;
            for (int i = 0; i < 3; i++) {
                JsonNode r = f.at("/cost/roles/" + i);
                double c = (r.path("input_tokens").asLong() * price[2 * i]
                                + r.path("output_tokens").asLong() * price[2 * i + 1])
                        / 1e6;
                assertThat(r.path("cost").asDouble()).isCloseTo(c, within(1e-12));
                own += c;
            }
            assertThat(f.at("/cost/total").asDouble()).isCloseTo(own, within(1e-12));
            attackerTokens += f.at("/cost/roles/1/input_tokens").asLong();
            sum += own;
            successes += f.path("success").asBoolean() ? 1 : 0;
        }
        assertThat(sum)
                .as("the mocks report tokens, so the attacks cost something")
                .isPositive();
        assertThat(attackerTokens).isPositive();

        JsonNode report =
                cli.run("redteam", "report", campaign, "--json", "--store", db).json();
        assertThat(CliHarness.validate("redteam-report.schema.json", report)).isEmpty();
        assertThat(report.at("/cost/total/total").asDouble()).isCloseTo(sum, within(1e-9));
        assertThat(report.at("/cost/total/currency").asText()).isEqualTo("USD");
        assertThat(report.at("/cost/successes").asInt()).isEqualTo(successes);
        if (successes > 0) {
            assertThat(report.at("/cost/per_success").asDouble()).isCloseTo(sum / successes, within(1e-9));
        }
        assertThat(cli.run("redteam", "report", campaign, "--store", db).out())
                .contains("## Cost (demo, not a measurement)")
                .contains("per successful attack");

        CliHarness.Result html = cli.run("redteam", "report", campaign, "--format", "html", "--store", db);
        assertThat(html.exit()).as(html.err()).isZero();
        Document doc = Jsoup.parse(html.out());
        assertThat(doc.selectFirst("h1").text())
                .isEqualTo("Red-team campaign " + campaign + " (demo, not a measurement)");
        assertThat(doc.select("blockquote").text())
                .contains("the attacker `mock/attacker` is a built-in mock".replace("`", ""));
        assertThat(doc.select("h2").eachText()).contains("Cost (demo, not a measurement)");
        assertThat(doc.select("#findings tr.finding")).hasSize(successes);
        List<String> sources = doc.select("#findings td.source").eachText();
        assertThat(sources).allMatch(s -> s.equals("strategy:pair") || s.equals("strategy:best-of-n"));
        assertThat(doc.select("#findings details.transcript[open]")).isEmpty();
        assertThat(doc.select("script")).as("no script in the campaign page").isEmpty();
        assertThat(cli.run("redteam", "report", campaign, "--format", "pdf", "--store", db)
                        .err())
                .contains("redteam report format must be md, json or html: pdf");
    }
}
