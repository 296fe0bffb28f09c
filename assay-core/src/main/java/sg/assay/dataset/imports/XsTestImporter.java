package sg.assay.dataset.imports;

import java.nio.file.Path;
import java.util.List;
import sg.assay.dataset.CsvRows;
import sg.assay.dataset.LabelSource;
import sg.assay.dataset.Sample;
import sg.assay.dataset.TaskKind;

/**
 * XSTest: 250 safe prompts that look unsafe and 200 unsafe contrast prompts. The expected behaviour is
 * {@code comply} for safe prompts and {@code refuse} for unsafe ones; labels come from the suite's design.
 */
final class XsTestImporter implements Importer {
    @Override
    public String name() {
        return "xstest";
    }

    @Override
    public String description() {
        return "XSTest prompts CSV (id, prompt, type, label, focus, note); over-refusal";
    }

    @Override
    public Imported read(Path path, ImportOptions options) {
        Batch batch = Batch.open(
                name(),
                path,
                options,
                p -> Batch.stem(p).startsWith("xstest") && p.toString().endsWith(".csv"),
                "xstest_prompts.csv");
        for (Path file : batch.files()) {
            String prefix = batch.prefix(file);
            batch.addAll(CsvRows.utf8().read(file), row -> {
                String label = Samples.oneOf(row, "label", List.of("safe", "unsafe"));
                Sample s = Samples.prompt(
                        prefix + row.require("id"),
                        row.require("prompt"),
                        "en",
                        row.require("type"),
                        "",
                        Samples.labelled(
                                Samples.meta(
                                        "focus",
                                        row.text("focus"),
                                        "note",
                                        row.text("note"),
                                        "kind",
                                        label.equals("safe") ? "benign" : "harmful"),
                                label,
                                LabelSource.TEMPLATE));
                return List.of(new Sample(
                        s.id(),
                        s.input(),
                        label.equals("safe") ? "comply" : "refuse",
                        s.language(),
                        s.category(),
                        s.group(),
                        s.metadata()));
            });
        }
        return batch.finish("CC-BY-4.0", TaskKind.OVER_REFUSAL);
    }
}
