package sg.assay.dataset.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import sg.assay.dataset.CsvRows;
import sg.assay.dataset.LabelSource;
import sg.assay.dataset.Row;
import sg.assay.dataset.RowReader;
import sg.assay.dataset.Sample;
import sg.assay.dataset.TaskKind;
import sg.assay.message.Message;

/**
 * JailbreakBench artifacts: each record is a jailbreak prompt and the target model's response with the benchmark's
 * automatic judge verdict (label source {@code model}), for response grading. Records with no prompt (no jailbreak
 * submitted) are passed over. The derived behaviors CSV, imported on its own, gives the 100 harmful behaviors as
 * prompts.
 */
final class JailbreakBenchImporter implements Importer {
    @Override
    public String name() {
        return "jailbreakbench";
    }

    @Override
    public String description() {
        return "JailbreakBench attack artifacts JSON (prompt, response, judge label): response grading; or the "
                + "behaviors CSV: prompt safety";
    }

    @Override
    public Imported read(Path path, ImportOptions options) {
        if (Files.isRegularFile(path) && path.toString().endsWith(".csv")) {
            Batch batch = Batch.open(name(), path, options, p -> true, "derived_jbb_harmful_behaviors.csv");
            batch.addAll(
                    CsvRows.utf8().read(path),
                    row -> List.of(Samples.prompt(
                            row.require("index"),
                            row.require("goal"),
                            "en",
                            row.require("category"),
                            "",
                            Samples.meta("behavior", row.text("behavior"), "kind", "harmful"))));
            return batch.finish("MIT", TaskKind.PROMPT_SAFETY);
        }
        Batch batch = Batch.open(
                name(),
                path,
                options,
                p -> p.toString().endsWith(".json") && !Batch.stem(p).equals("attack-info"),
                "<METHOD>/<attack_type>/<model>.json");
        for (Path file : batch.files()) {
            JsonNode params = RowReader.jsonDocument(file).path("parameters");
            Map<String, String> run = Samples.meta(
                    "method",
                    params.path("method").asText(""),
                    "model",
                    params.path("model").asText(""),
                    "attack_type",
                    params.path("attack_type").asText(""));
            String prefix = batch.prefix(file);
            batch.addAll(RowReader.jsonArray(file, "jailbreaks"), row -> artifact(row, prefix, run));
        }
        return batch.finish("MIT (each artifact owned by its authors)", TaskKind.RESPONSE_GRADING);
    }

    private static List<Sample> artifact(Row row, String prefix, Map<String, String> run) {
        if (!row.has("prompt")) {
            return List.of();
        }
        String verdict = Samples.oneOf(row, "jailbroken", List.of("true", "false"));
        String label = verdict.equals("true") ? "unsafe" : "safe";
        Map<String, String> meta = new java.util.LinkedHashMap<>(run);
        meta.putAll(Samples.meta(
                "goal",
                row.text("goal"),
                "behavior",
                row.text("behavior"),
                "jailbroken_llama_guard1",
                row.text("jailbroken_llama_guard1"),
                "number_of_queries",
                row.text("number_of_queries")));
        return List.of(new Sample(
                prefix + row.require("index"),
                List.of(Message.user(row.require("prompt")), Message.assistant(row.text("response"))),
                label,
                "en",
                row.text("category"),
                row.require("index"),
                Samples.labelled(meta, label, LabelSource.MODEL)));
    }
}
