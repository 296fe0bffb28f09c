package sg.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.assay.json.Json;

class RedteamCommandTest {
    @TempDir
    Path home;

    RedteamHarness cli;
    Path behaviours;

    @BeforeEach
    void setUp() throws IOException {
        cli = new RedteamHarness(home);
        behaviours = home.resolve("behaviours.jsonl");
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 4; i++) {
            sb.append("{\"id\":\"b")
                    .append(i)
                    .append("\",\"input\":\"describe placeholder behaviour number ")
                    .append(i)
                    .append("\",\"category\":\"")
                    .append(i % 2 == 0 ? "fraud" : "cyber")
                    .append("\"}\n");
        }
        Files.writeString(behaviours, sb);
    }

    private String db() {
        return home.resolve("assay.db").toString();
    }

    @Test
    void should_convert_text_by_hand() {
        assertThat(cli.run("convert", "--with", "leetspeak|base64", "test")
                        .out()
                        .strip())
                .isEqualTo("NzM1Nw==");
        assertThat(cli.run("convert", "--with", "translate:to=ms", "--model", "mock/attacker", "hello", "there")
                        .out()
                        .strip())
                .isEqualTo("[translate:ms] hello there");
        assertThat(cli.run("convert", "--list").out()).contains("confusables", "tag-smuggle", "persuade");
        CliHarness.Result bad = cli.run("convert", "--with", "rot14", "x");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("converter 'rot14' not found");
    }

    @Test
    void should_show_help_for_the_redteam_command() {
        CliHarness.Result help = cli.run("redteam", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("run", "resume", "report", "export", "compare");
    }

    @Test
    void should_reject_a_bad_target_spec_before_storing_any_run() {
        CliHarness.Result bad = cli.run(
                "redteam",
                "run",
                "--target",
                "openai/some-model:base-url=http://127.0.0.1:9/v1,latency-ms=0",
                "--judge",
                "mock/judge",
                "--behaviors",
                behaviours.toString(),
                "--strategies",
                "grid",
                "--store",
                db(),
                "--no-progress");
        assertThat(bad.exit()).isNotZero();
        assertThat(bad.err()).contains("unknown parameter 'latency-ms'");
        assertThat(Files.exists(Path.of(db()))).as("no campaign half-stored").isFalse();
    }

    @Test
    void should_run_a_campaign_and_report_export_and_compare_it() throws IOException {
        CliHarness.Result run = cli.run(
                "redteam",
                "run",
                "--target",
                "mock/wavering:comply=0.3",
                "--attacker",
                "mock/attacker",
                "--judge",
                "mock/judge",
                "--behaviors",
                behaviours.toString(),
                "--strategies",
                "pair,tap,crescendo,best-of-n",
                "--converters",
                "none,char-swap:rate=0.5,seed=2",
                "--queries",
                "8",
                "--json",
                "--store",
                db());
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode v = run.json();
        assertThat(CliHarness.validate("redteam-report.schema.json", v)).isEmpty();
        assertThat(v.path("demo").asBoolean()).isTrue();
        assertThat(v.path("runs").asInt()).isEqualTo(8);
        assertThat(v.path("attacks").asInt()).isEqualTo(32);
        assertThat(v.path("rates").findValuesAsText("value")).contains("pair", "tap", "char-swap:rate=0.5,seed=2");
        // mock/judge has no stored validation: every rate says so, and nothing is corrected
        assertThat(v.path("rates").findValuesAsText("validation")).containsOnly("not validated for this language");
        assertThat(v.path("correction").asText()).startsWith("not corrected for judge error");
        String campaign = v.path("campaign").asText();
        assertThat(Files.readString(home.resolve("reports").resolve(campaign + ".md")))
                .contains("demo, not a measurement");

        CliHarness.Result md = cli.run("redteam", "report", campaign, "--store", db());
        assertThat(md.out()).contains("# Red-team campaign " + campaign).contains("Kaplan-Meier");

        Path findings = home.resolve("findings.jsonl");
        assertThat(cli.run("redteam", "export", campaign, "--all", "--out", findings.toString(), "--store", db())
                        .exit())
                .isZero();
        List<String> lines = Files.readAllLines(findings);
        assertThat(lines).hasSize(32);
        int priced = 0;
        for (String line : lines) {
            JsonNode f = Json.mapper().readTree(line);
            assertThat(CliHarness.validate("redteam-finding.schema.json", f)).isEmpty();
            // every turn carries the cumulative spending, never decreasing, and the last one's queries and target
            // tokens are the attack's (attacker and judge tokens may be spent after the last turn, at a budget stop)
            long queries = 0;
            long tokens = 0;
            for (JsonNode t : f.path("turns")) {
                JsonNode spent = t.path("spent");
                assertThat(spent.has("cost")).as(line).isTrue();
                long q = spent.path("queries").asLong();
                long tk = spent.at("/target/input_tokens").asLong()
                        + spent.at("/attacker/input_tokens").asLong()
                        + spent.at("/judge/input_tokens").asLong();
                assertThat(q).isGreaterThanOrEqualTo(queries);
                assertThat(tk).isGreaterThanOrEqualTo(tokens);
                queries = q;
                tokens = tk;
            }
            if (!f.path("turns").isEmpty()) {
                JsonNode last = f.path("turns").get(f.path("turns").size() - 1).path("spent");
                assertThat(last.path("queries").asInt())
                        .isEqualTo(f.path("queries").asInt());
                assertThat(last.at("/target/input_tokens").asLong())
                        .isEqualTo(f.at("/cost/roles/0/input_tokens").asLong());
                assertThat(last.at("/target/output_tokens").asLong())
                        .isEqualTo(f.at("/cost/roles/0/output_tokens").asLong());
                priced++;
            }
        }
        assertThat(priced).isPositive();

        CliHarness.Result refuse = cli.run(
                "redteam",
                "run",
                "--target",
                "mock/refuse",
                "--attacker",
                "mock/attacker",
                "--judge",
                "mock/judge",
                "--behaviors",
                behaviours.toString(),
                "--strategies",
                "pair,tap,crescendo,best-of-n",
                "--converters",
                "none,char-swap:rate=0.5,seed=2",
                "--queries",
                "8",
                "--json",
                "--store",
                db());
        String other = refuse.json().path("campaign").asText();
        assertThat(refuse.json().at("/overall/estimate").asDouble()).isZero();
        CliHarness.Result cmp = cli.run("redteam", "compare", campaign, other, "--json", "--store", db());
        assertThat(cmp.exit()).as(cmp.err()).isZero();
        assertThat(CliHarness.validate("redteam-comparison.schema.json", cmp.json()))
                .isEmpty();
        assertThat(cmp.json().at("/comparison/pairs").asInt()).isEqualTo(32);
    }

    @Test
    void should_reject_bad_campaigns_with_clear_messages() {
        CliHarness.Result bad = cli.run(
                "redteam",
                "run",
                "--target",
                "mock/echo",
                "--judge",
                "mock/judge",
                "--behaviors",
                behaviours.toString(),
                "--strategies",
                "pair",
                "--store",
                db());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("needs an attacker");
        CliHarness.Result unknown = cli.run(
                "redteam",
                "run",
                "--target",
                "mock/echo",
                "--judge",
                "mock/judge",
                "--behaviors",
                behaviours.toString(),
                "--strategies",
                "gcg",
                "--store",
                db());
        assertThat(unknown.err()).contains("strategy 'gcg' not found");
        assertThat(cli.run("redteam", "report", "campaign-nope", "--store", db())
                        .err())
                .contains("campaign 'campaign-nope' not found");
    }
}
