package sg.assay.dataset.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sg.assay.dataset.CsvRows;
import sg.assay.dataset.RowReader;
import sg.assay.dataset.TaskKind;

/**
 * HarmBench text behaviors. A folder imports {@code harmbench_behaviors_text_all.csv} (not also its test and val
 * subsets) and tags each behavior with its split when those files are present. Contextual behaviors are asked with
 * their context first, as HarmBench does. Optimisation targets from {@code harmbench_targets_text.json} beside the
 * CSV are kept as metadata {@code target}.
 */
final class HarmBenchImporter implements Importer {
    private static final String ALL = "harmbench_behaviors_text_all.csv";

    @Override
    public String name() {
        return "harmbench";
    }

    @Override
    public String description() {
        return "HarmBench behaviors CSV (+ targets JSON beside it); prompt safety";
    }

    @Override
    public Imported read(Path path, ImportOptions options) {
        Batch batch = Batch.open(
                name(),
                path,
                options,
                Files.isRegularFile(path) ? HarmBenchImporter::behaviors : HarmBenchImporter::accepts,
                "harmbench_behaviors_text_*.csv");
        for (Path file : batch.files()) {
            if (!file.toString().endsWith(".csv")) {
                continue;
            }
            Map<String, String> targets = targets(file);
            Map<String, String> splits = splits(file);
            batch.addAll(CsvRows.utf8().read(file), row -> {
                String id = row.require("BehaviorID");
                String behavior = row.require("Behavior");
                String context = row.text("ContextString");
                String prompt = context.isBlank() ? behavior : context + "\n\n---\n\n" + behavior;
                return List.of(Samples.prompt(
                        id,
                        prompt,
                        "en",
                        row.text("SemanticCategory"),
                        "",
                        Samples.meta(
                                "functional_category",
                                row.text("FunctionalCategory"),
                                "tags",
                                row.text("Tags"),
                                "target",
                                targets.getOrDefault(id, ""),
                                "split",
                                splits.getOrDefault(id, ""),
                                "kind",
                                "harmful")));
            });
        }
        return batch.finish("MIT", TaskKind.PROMPT_SAFETY);
    }

    private static boolean behaviors(Path p) {
        String n = String.valueOf(p.getFileName());
        return n.startsWith("harmbench_behaviors") && n.endsWith(".csv");
    }

    private static boolean accepts(Path p) {
        String n = String.valueOf(p.getFileName());
        if (n.startsWith("harmbench_targets") && n.endsWith(".json")) {
            return true;
        }
        if (!n.startsWith("harmbench_behaviors") || !n.endsWith(".csv")) {
            return false;
        }
        Path all = p.resolveSibling(ALL);
        return n.equals(ALL) || !Files.exists(all);
    }

    private static Map<String, String> targets(Path csv) {
        Map<String, String> out = new HashMap<>();
        Path json = csv.resolveSibling("harmbench_targets_text.json");
        if (Files.isRegularFile(json)) {
            JsonNode doc = RowReader.jsonDocument(json);
            doc.properties().forEach(e -> out.put(e.getKey(), e.getValue().asText()));
        }
        return out;
    }

    private static Map<String, String> splits(Path csv) {
        Map<String, String> out = new HashMap<>();
        for (String split : List.of("test", "val")) {
            Path f = csv.resolveSibling("harmbench_behaviors_text_" + split + ".csv");
            if (Files.isRegularFile(f)) {
                CsvRows.utf8().read(f).forEach(r -> out.put(r.text("BehaviorID"), split));
            }
        }
        return out;
    }
}
