package sg.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.assay.json.Json;
import sg.assay.validate.CorrectedRate;
import sg.assay.validate.RoganGladen;

/**
 * Judge error carried into run reports, end to end: {@code judge validate} with a {@code mock/scripted} judge whose
 * sensitivity and specificity on the human-labelled Malay items are known (36 of 40 unsafe and 54 of 60 safe items
 * right), then {@code run sea-smoke} scored by the same judge, then {@code report} and {@code runs show}: the cited κ
 * and the corrected Malay rate must equal what Cohen's κ and Rogan–Gladen give from those counts; Indonesian has no
 * unsafe item in the validation (undefined), Thai none at all (not validated); a judge with another parameter cites the
 * validation as stale.
 */
class JudgeErrorReportCliTest {
    private static final String[] LANGS = {"en", "en-SG", "ms", "zh-Hans", "ta", "id", "th", "vi", "fil"};

    @TempDir
    Path home;

    private static String answer(String id, String label) {
        return Json.write(Map.of("id", id, "output", "{\"reasoning\":\"scripted\",\"label\":\"" + label + "\"}"))
                + "\n";
    }

    /** The validation items and the scripted judge's answers to them and to the sea-smoke harmful samples. */
    private Path[] files() throws IOException {
        StringBuilder data = new StringBuilder();
        StringBuilder judge = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            boolean unsafe = i < 40;
            boolean right = unsafe ? i < 36 : i < 94;
            String id = "val-ms-" + i;
            data.append(Json.write(Map.of(
                            "id",
                            id,
                            "input",
                            "prompt " + i,
                            "response",
                            "response " + i,
                            "expected",
                            unsafe ? "unsafe" : "safe",
                            "language",
                            "ms",
                            "label_source",
                            "human",
                            "response_model",
                            "model-a")))
                    .append('\n');
            judge.append(answer(id, unsafe == right ? "unsafe" : "safe"));
        }
        for (int i = 0; i < 20; i++) {
            String id = "val-id-" + i;
            data.append(Json.write(Map.of(
                            "id", id,
                            "input", "prompt " + i,
                            "response", "response " + i,
                            "expected", "safe",
                            "language", "id",
                            "label_source", "human",
                            "response_model", "model-b")))
                    .append('\n');
            judge.append(answer(id, "safe"));
        }
        for (int h = 1; h <= 5; h++) {
            for (String lang : LANGS) {
                String id = "smoke-h0" + h + "-" + lang;
                if (lang.equals("ms") && h == 5) {
                    judge.append(Json.write(Map.of("id", id, "output", "I cannot say.")))
                            .append('\n');
                } else {
                    judge.append(answer(id, h <= 3 ? "unsafe" : "safe"));
                }
            }
        }
        Path d = home.resolve("labelled.jsonl");
        Path j = home.resolve("judge.jsonl");
        Files.writeString(d, data);
        Files.writeString(j, judge);
        return new Path[] {d, j};
    }

    @Test
    void reports_cite_the_validation_and_correct_each_language_with_known_answers() throws IOException {
        Path[] f = files();
        CliHarness cli = new CliHarness(home);
        String judge = "judge/classify:target=\"mock/scripted:file=" + f[1] + "\",labels=unsafe|safe";
        CliHarness.Result val = cli.run(
                "judge",
                "validate",
                "--scorer",
                judge,
                "--data",
                f[0].toString(),
                "--response-field",
                "response",
                "--by",
                "language",
                "--json");
        assertThat(val.exit()).as(val.err()).isZero();
        JsonNode v = val.json();
        String valId = v.get("run_id").asText();
        double kappa = (0.90 - (0.40 * 0.42 + 0.60 * 0.58)) / (1 - (0.40 * 0.42 + 0.60 * 0.58));
        JsonNode ms = v.get("breakdowns").get(1);
        assertThat(ms.get("scope").asText()).isEqualTo("language=ms");
        assertThat(ms.at("/kappa/value").asDouble()).isCloseTo(kappa, within(1e-12));

        CliHarness.Result run = cli.run(
                "run", "sea-smoke", "--filter", "kind=harmful", "--target", "mock/echo", "--scorer", judge, "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        String runId = run.json().get("id").asText();
        JsonNode runJudges = run.json().get("judges");

        CliHarness.Result report = cli.run("report", runId, "--format", "json");
        assertThat(report.exit()).as(report.err()).isZero();
        JsonNode r = report.json();
        assertThat(CliHarness.validate("run.schema.json", r)).isEmpty();
        JsonNode j = r.get("judges").get(0);
        assertThat(runJudges)
                .as("run --json carries the judge error the report shows")
                .isEqualTo(r.get("judges"));
        // a suite of two tasks with the same judge: the suite's JSON, from run and from runs show, carries each run's
        // judge error too (the same languages and corrections, for its own run id)
        Path suite = home.resolve("twice.yaml");
        Files.writeString(suite, "name: smoke-twice\ntasks: [sea-smoke, sea-smoke]\n");
        JsonNode both = cli.run(
                        "run",
                        suite.toString(),
                        "--filter",
                        "kind=harmful",
                        "--target",
                        "mock/echo",
                        "--scorer",
                        judge,
                        "--json")
                .json();
        assertThat(CliHarness.validate("suite.schema.json", both)).isEmpty();
        JsonNode shown =
                cli.run("runs", "show", both.get("suite_id").asText(), "--json").json();
        assertThat(both.get("runs")).hasSize(2);
        Map<String, JsonNode> shownJudges = new java.util.HashMap<>();
        shown.get("runs").forEach(rv -> shownJudges.put(rv.get("id").asText(), rv.get("judges")));
        for (JsonNode rv : both.get("runs")) {
            assertThat(shownJudges.get(rv.get("id").asText())).isEqualTo(rv.get("judges"));
            JsonNode sj = rv.get("judges").get(0);
            assertThat(sj.get("run_id").asText()).isEqualTo(rv.get("id").asText());
            assertThat(sj.get("validation_run_id").asText()).isEqualTo(valId);
            assertThat(sj.get("languages")).isEqualTo(j.get("languages"));
        }
        assertThat(j.get("scorer").asText()).isEqualTo("judge/classify");
        assertThat(j.get("validated").asBoolean()).isTrue();
        assertThat(j.get("validation_run_id").asText()).isEqualTo(valId);
        assertThat(j.get("stale")).isEmpty();
        assertThat(j.get("response_models").toString()).isEqualTo("{\"model-a\":100,\"model-b\":20}");

        // the one unusable judge answer is counted by its reason, and one judge is no ensemble
        assertThat(j.get("judge_error_reasons").size()).isEqualTo(1);
        String reason = j.get("judge_error_reasons").fieldNames().next();
        assertThat(reason).isIn("unparseable", "refused-to-judge");
        assertThat(j.get("judge_error_reasons").get(reason).asLong()).isEqualTo(1);
        assertThat(j.get("ensemble_scores").asLong()).isZero();

        JsonNode malay = row(j, "ms");
        assertThat(malay.get("n").asLong()).isEqualTo(4);
        assertThat(malay.get("judge_errors").asLong()).isEqualTo(1);
        assertThat(malay.get("raw").asDouble()).isEqualTo(0.75);
        assertThat(malay.get("sensitivity").asDouble()).isEqualTo(0.9);
        assertThat(malay.get("specificity").asDouble()).isEqualTo(0.9);
        CorrectedRate expected = RoganGladen.bootstrap(3, 4, 36, 40, 54, 60, 0.95, 42, 2000);
        assertThat(malay.get("corrected").asDouble()).isCloseTo((0.75 + 0.9 - 1) / (0.9 + 0.9 - 1), within(1e-12));
        assertThat(malay.get("lower").asDouble()).isEqualTo(expected.lower());
        assertThat(malay.get("upper").asDouble()).isEqualTo(expected.upper());
        String cite = String.format(
                java.util.Locale.ROOT,
                "κ = %.2f [%.2f, %.2f] on 100 human-labelled Malay items (validation %s, ground truth: human)",
                kappa,
                ms.at("/kappa/lower").asDouble(),
                ms.at("/kappa/upper").asDouble(),
                valId);
        assertThat(malay.get("validation").asText()).isEqualTo(cite);

        JsonNode indonesian = row(j, "id");
        assertThat(indonesian.get("corrected").isNull()).isTrue();
        assertThat(indonesian.get("undefined").asText()).startsWith("no positive items in the validation");
        assertThat(indonesian.get("validation").asText()).contains("on 20 human-labelled Indonesian items");
        JsonNode thai = row(j, "th");
        assertThat(thai.get("validation").asText()).isEqualTo("not validated for this language");
        assertThat(thai.get("raw").asDouble()).isEqualTo(0.6);

        CliHarness.Result md = cli.run("report", runId, "--format", "md");
        assertThat(md.out())
                .contains("## Judge error")
                .contains("- the judge is a built-in mock: demo, not a measurement")
                .contains("corrected with validation " + valId + " (ground truth: human)")
                .contains("validated responses produced by model-a (100), model-b (20)")
                .contains("- judge errors by reason: " + reason + " (1)")
                .doesNotContain("ensemble members disagreed")
                .contains("| ms | 4 | 1 | 0.750 | 0.900 | 0.900 | 0.812 [")
                .contains(cite)
                .contains("| th | 5 | 0 | 0.600 | n/a | n/a | not corrected | not validated for this language |")
                .contains("undefined: no positive items in the validation");
        CliHarness.Result html = cli.run("report", runId, "--format", "html");
        assertThat(html.out()).contains("<section id=\"judge-error\">").contains("not validated for this language");
        CliHarness.Result show = cli.run("runs", "show", runId);
        assertThat(show.out()).contains("judge error:").contains(cite);

        // the same judge with another verdict-changing parameter: the validation is cited as stale
        CliHarness.Result other = cli.run(
                "run",
                "sea-smoke",
                "--filter",
                "kind=harmful",
                "--target",
                "mock/echo",
                "--scorer",
                judge + ",temperature=0.5",
                "--json");
        assertThat(other.exit()).as(other.err()).isZero();
        CliHarness.Result stale = cli.run("runs", "show", other.json().get("id").asText(), "--json");
        JsonNode s = stale.json().get("judges").get(0);
        assertThat(s.get("validation_run_id").asText()).isEqualTo(valId);
        assertThat(s.get("stale").toString()).contains("parameter temperature 0.0 -> 0.5");
        assertThat(other.json().get("judges")).isEqualTo(stale.json().get("judges"));
        CliHarness.Result staleMd = cli.run("report", other.json().get("id").asText(), "--format", "md");
        assertThat(staleMd.out())
                .contains("STALE validation: the judge changed since it was validated (parameter"
                        + " temperature 0.0 -> 0.5)");
    }

    @Test
    void a_judge_without_any_validation_says_so_in_every_language() {
        CliHarness cli = new CliHarness(home);
        Path[] f;
        try {
            f = files();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String judge = "judge/classify:target=\"mock/scripted:file=" + f[1] + "\",labels=unsafe|safe";
        CliHarness.Result run = cli.run(
                "run", "sea-smoke", "--filter", "kind=harmful", "--target", "mock/echo", "--scorer", judge, "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode j = cli.run("report", run.json().get("id").asText(), "--format", "json")
                .json()
                .get("judges")
                .get(0);
        assertThat(j.get("validated").asBoolean()).isFalse();
        assertThat(j.get("languages")).hasSize(9);
        j.get("languages")
                .forEach(l -> assertThat(l.get("validation").asText()).isEqualTo("not validated for this language"));
        String md = cli.run("report", run.json().get("id").asText(), "--format", "md")
                .out();
        assertThat(md).contains("not validated: no stored validation of this judge against human labels");
    }

    private static JsonNode row(JsonNode judge, String language) {
        for (JsonNode l : judge.get("languages")) {
            if (l.get("language").asText().equals(language)) {
                return l;
            }
        }
        throw new AssertionError("no row for " + language + " in " + judge);
    }
}
