package sg.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import sg.assay.ConfigException;
import sg.assay.dataset.Sample;
import sg.assay.dataset.imports.Importers;
import sg.assay.json.Json;
import sg.assay.message.Message;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStatus;
import sg.assay.run.RunStore;
import sg.assay.run.SampleOutcome;
import sg.assay.run.SampleResult;
import sg.assay.run.Timings;
import sg.assay.score.Score;
import sg.assay.target.Usage;

/**
 * {@code assay judge validate} and {@code judge correct} in-process, on the SEAHateCheck human annotations with a
 * {@code mock/scripted} judge whose answers are fixed per sample: one gold-hateful item in 5 and one gold-non-hateful
 * item in 10 (in id order) are mislabelled, and one sample in 50 has no answer (a judge error).
 */
class JudgeCommandTest {
    @TempDir
    Path tmp;

    record Out(int exit, String out, String err) {}

    private Out run(Wiring wiring, Object command, String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            CommandLine cl = new CommandLine(command, new CommandFactory(wiring));
            cl.setExecutionExceptionHandler((e, c, p) -> {
                System.err.println("error: " + e.getMessage());
                return e instanceof ConfigException ? 2 : 1;
            });
            int code = cl.execute(args);
            return new Out(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private static Optional<Path> shared(String name) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("datasets").resolve(name);
            if (dir.getParent() != null && Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Test
    void validate_reports_the_known_error_rates_and_correct_uses_them() throws IOException {
        Optional<Path> folder = shared("seahatecheck/silver_label_annotated");
        assumeThat(folder).as("shared datasets not found at ../shared/datasets").isPresent();
        Wiring wiring = new Wiring(Map.of("ASSAY_HOME", tmp.resolve("home").toString()), Clock.systemUTC());
        DatasetsCommand datasets = new DatasetsCommand(wiring.library(), Importers.builtIn(), wiring.clock());
        assertThat(new CommandLine(datasets)
                        .execute("import", "seahatecheck", folder.get().toString(), "--name", "seahc"))
                .isZero();

        List<Sample> samples = new ArrayList<>(wiring.library().load("seahc").samples());
        samples.sort(Comparator.comparing(Sample::id));
        StringBuilder script = new StringBuilder();
        long tp = 0;
        long fn = 0;
        long errors = 0;
        int pos = 0;
        int neg = 0;
        for (int k = 0; k < samples.size(); k++) {
            Sample s = samples.get(k);
            boolean hateful = s.expected().equals("hateful");
            if (!hateful && !s.expected().equals("non-hateful")) {
                continue;
            }
            if (k % 50 == 7) {
                errors++;
                continue;
            }
            boolean flip = hateful ? pos++ % 5 == 0 : neg++ % 10 == 0;
            String said = hateful != flip ? "hateful" : "non-hateful";
            tp += hateful && !flip ? 1 : 0;
            fn += hateful && flip ? 1 : 0;
            script.append(Json.write(
                            Map.of("id", s.id(), "output", "{\"reasoning\":\"scripted\",\"label\":\"" + said + "\"}")))
                    .append('\n');
        }
        Path file = tmp.resolve("judge.jsonl");
        Files.writeString(file, script);
        String store = tmp.resolve("runs.db").toString();
        String spec = "judge/classify:target=\"mock/scripted:file=" + file + "\",labels=hateful|non-hateful";

        Out json = run(
                wiring,
                new JudgeCommand(),
                "validate",
                "--scorer",
                spec,
                "--data",
                "dataset:seahc",
                "--by",
                "language",
                "--json",
                "--store",
                store,
                "--replicates",
                "200");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode node = Json.mapper().readTree(json.out());
        assertThat(CliHarness.validate("judge-validation.schema.json", node)).isEmpty();
        assertThat(node.at("/overall/sensitivity/value").asDouble())
                .isCloseTo((double) tp / (tp + fn), org.assertj.core.data.Offset.offset(1e-12));
        assertThat(node.at("/overall/judge_errors").asLong()).isEqualTo(errors);
        assertThat(node.at("/ground_truth").asText()).isEqualTo("human");
        assertThat(node.at("/citations").toString()).contains("\"id: κ = ").contains("human-labelled Indonesian items");

        Out text = run(
                wiring,
                new JudgeCommand(),
                "validate",
                "--scorer",
                spec,
                "--data",
                "dataset:seahc",
                "--by",
                "language",
                "--store",
                store,
                "--replicates",
                "50",
                "--filter",
                "language=th");
        assertThat(text.exit()).as(text.err()).isZero();
        assertThat(text.out())
                .contains("reference labels: human")
                .contains("cite (language=th): κ = ")
                .contains("confusion matrix (rows: human labels, columns: scorer)")
                .doesNotContain("language=id");

        String validationId = node.at("/run_id").asText();
        judgedRun(wiring, store, validationId);
        Out corrected = run(
                wiring,
                new JudgeCommand(),
                "correct",
                "judged-1",
                "--validation",
                validationId,
                "--scorer",
                "judge/classify",
                "--json",
                "--store",
                store);
        assertThat(corrected.exit()).as(corrected.err()).isZero();
        JsonNode c = Json.mapper().readTree(corrected.out());
        assertThat(CliHarness.validate("judge-correction.schema.json", c)).isEmpty();
        assertThat(c.at("/stale").size()).isZero();
        assertThat(c.at("/languages/0/language").asText()).isEqualTo("id");
        assertThat(c.at("/languages/0/raw").asDouble()).isEqualTo(0.25);
        assertThat(c.at("/languages/1/undefined").asText()).isEqualTo("not validated for this language");
    }

    /** A run judged by the validated judge: 40 Indonesian samples, 10 called hateful, and 4 Malay ones. */
    private static void judgedRun(Wiring wiring, String store, String validationId) {
        try (RunStore s = wiring.openStore(Optional.of(store))) {
            RunRecord v = s.findRun(validationId).orElseThrow();
            Map<String, String> meta = new java.util.LinkedHashMap<>();
            v.spec().scorers().getFirst().params().forEach((k, val) -> {
                if (k.startsWith("judge.")) {
                    meta.put(k, val);
                }
            });
            s.createRun(new RunRecord(
                    "judged-1", "", v.spec(), RunStatus.COMPLETED, Instant.now(), Instant.now(), "", Optional.empty()));
            for (int i = 0; i < 44; i++) {
                boolean hateful = i % 4 == 0;
                Score score =
                        new Score("judge/classify", hateful ? 1 : 0, hateful ? "hateful" : "non-hateful", "", meta);
                s.append(new SampleResult(
                        "judged-1",
                        "s" + i,
                        1,
                        i < 40 ? "id" : "ms",
                        "",
                        "s" + i,
                        "p",
                        "r",
                        List.of(Message.user("p")),
                        List.of(score),
                        new SampleOutcome.Completed(),
                        Usage.ZERO,
                        new Timings(Instant.now(), 0, 0),
                        Map.of()));
            }
            s.flush();
        }
    }

    @Test
    void model_labels_and_unstated_labels_are_refused_with_a_clear_message() throws IOException {
        Wiring wiring = new Wiring(Map.of("ASSAY_HOME", tmp.resolve("home").toString()), Clock.systemUTC());
        Path csv = tmp.resolve("silver.csv");
        Files.writeString(csv, "text,gold,label_source\nsemua orang itu sampah,hateful,model\n");
        String spec = "judge/classify:target=mock/echo,labels=hateful|non-hateful";
        Out model = run(
                wiring,
                new JudgeCommand(),
                "validate",
                "--scorer",
                spec,
                "--data",
                csv.toString(),
                "--map",
                "input=text,label=gold",
                "--store",
                tmp.resolve("r.db").toString());
        assertThat(model.exit()).isEqualTo(2);
        assertThat(model.err()).contains("labels produced by a model").contains("cannot be ground truth");

        Path plain = tmp.resolve("plain.csv");
        Files.writeString(plain, "text,gold\nsemua orang itu sampah,hateful\n");
        Out unstated = run(
                wiring,
                new JudgeCommand(),
                "validate",
                "--scorer",
                spec,
                "--data",
                plain.toString(),
                "--map",
                "input=text,label=gold",
                "--store",
                tmp.resolve("r.db").toString());
        assertThat(unstated.exit()).isEqualTo(2);
        assertThat(unstated.err()).contains("--label-source human");
    }
}
