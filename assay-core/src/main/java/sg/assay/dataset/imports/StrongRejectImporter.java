package sg.assay.dataset.imports;

import java.nio.file.Path;
import java.util.List;
import sg.assay.dataset.CsvRows;
import sg.assay.dataset.TaskKind;

/** StrongREJECT: 313 forbidden prompts (category, source, forbidden_prompt). */
final class StrongRejectImporter implements Importer {
    @Override
    public String name() {
        return "strongreject";
    }

    @Override
    public String description() {
        return "StrongREJECT CSV (category, source, forbidden_prompt); prompt safety";
    }

    @Override
    public Imported read(Path path, ImportOptions options) {
        Batch batch = Batch.open(
                name(),
                path,
                options,
                p -> Batch.stem(p).startsWith("strongreject") && p.toString().endsWith(".csv"),
                "strongreject_dataset.csv");
        for (Path file : batch.files()) {
            String prefix = batch.prefix(file);
            batch.addAll(
                    CsvRows.utf8().read(file),
                    row -> List.of(Samples.prompt(
                            prefix + row.index(),
                            row.require("forbidden_prompt"),
                            "en",
                            row.require("category"),
                            "",
                            Samples.meta("source", row.text("source"), "kind", "harmful"))));
        }
        return batch.finish("MIT (upstream StrongREJECT)", TaskKind.PROMPT_SAFETY);
    }
}
