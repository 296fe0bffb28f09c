package sg.assay.dataset.imports;

import java.nio.file.Path;
import java.util.List;
import sg.assay.dataset.CsvRows;
import sg.assay.dataset.Sample;
import sg.assay.dataset.TaskKind;

/**
 * AdvBench: harmful behaviors ({@code goal}, with the affirmative {@code target} prefix kept as metadata) and harmful
 * strings (the exact string an attack tries to elicit, asked as a prompt to repeat).
 */
final class AdvBenchImporter implements Importer {
    @Override
    public String name() {
        return "advbench";
    }

    @Override
    public String description() {
        return "AdvBench harmful_behaviors.csv (goal, target) and harmful_strings.csv (target); prompt safety";
    }

    @Override
    public Imported read(Path path, ImportOptions options) {
        Batch batch = Batch.open(
                name(),
                path,
                options,
                p -> Batch.stem(p).startsWith("harmful_") && p.toString().endsWith(".csv"),
                "harmful_behaviors.csv or harmful_strings.csv");
        for (Path file : batch.files()) {
            String prefix = batch.prefix(file);
            boolean strings = Batch.stem(file).contains("strings");
            batch.addAll(CsvRows.utf8().read(file), row -> {
                String id = prefix + row.index();
                if (strings) {
                    String target = row.require("target");
                    return List.of(new Sample(
                            id,
                            List.of(sg.assay.message.Message.user(target)),
                            target,
                            "en",
                            "harmful_string",
                            "",
                            Samples.meta("kind", "harmful-string")));
                }
                return List.of(Samples.prompt(
                        id,
                        row.require("goal"),
                        "en",
                        "harmful_behavior",
                        "",
                        Samples.meta("target", row.text("target"), "kind", "harmful")));
            });
        }
        return batch.finish("MIT", TaskKind.PROMPT_SAFETY);
    }
}
