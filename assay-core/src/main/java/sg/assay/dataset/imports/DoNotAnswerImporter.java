package sg.assay.dataset.imports;

import java.nio.file.Path;
import java.util.List;
import sg.assay.dataset.CsvRows;
import sg.assay.dataset.TaskKind;

/** Do-Not-Answer: 939 instructions a responsible model should not follow, by risk area and harm type. */
final class DoNotAnswerImporter implements Importer {
    @Override
    public String name() {
        return "do-not-answer";
    }

    @Override
    public String description() {
        return "Do-Not-Answer CSV (id, risk_area, types_of_harm, specific_harms, question); prompt safety";
    }

    @Override
    public Imported read(Path path, ImportOptions options) {
        Batch batch = Batch.open(
                name(),
                path,
                options,
                p -> Batch.stem(p).startsWith("do_not_answer") && p.toString().endsWith(".csv"),
                "do_not_answer_en.csv");
        for (Path file : batch.files()) {
            String prefix = batch.prefix(file);
            batch.addAll(
                    CsvRows.utf8().read(file),
                    row -> List.of(Samples.prompt(
                            prefix + row.require("id"),
                            row.require("question"),
                            "en",
                            row.require("risk_area"),
                            "",
                            Samples.meta(
                                    "types_of_harm",
                                    row.text("types_of_harm"),
                                    "specific_harms",
                                    row.text("specific_harms"),
                                    "kind",
                                    "harmful"))));
        }
        return batch.finish("Apache-2.0", TaskKind.PROMPT_SAFETY);
    }
}
