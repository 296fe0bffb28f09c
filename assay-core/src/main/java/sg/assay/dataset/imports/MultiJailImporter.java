package sg.assay.dataset.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sg.assay.dataset.CsvRows;
import sg.assay.dataset.Row;
import sg.assay.dataset.Sample;
import sg.assay.dataset.TaskKind;
import sg.assay.language.CodeMap;

/**
 * MultiJail (DAMO-NLP-SG): 315 harmful prompts, each a column per language; one sample per prompt and language,
 * grouped by the prompt id so languages can be compared. {@code tags} is a Python list literal of harm categories.
 */
final class MultiJailImporter implements Importer {
    static final CodeMap CODES = new CodeMap(
            "multijail",
            Map.of(
                    "en", "en", "zh", "zh-Hans", "it", "it", "vi", "vi", "ar", "ar", "ko", "ko", "th", "th", "bn", "bn",
                    "sw", "sw", "jv", "jv"));
    private static final List<String> LANGUAGES = List.of("en", "zh", "it", "vi", "ar", "ko", "th", "bn", "sw", "jv");

    @Override
    public String name() {
        return "multijail";
    }

    @Override
    public String description() {
        return "MultiJail CSV: harmful prompts in 10 languages (one column each); prompt safety";
    }

    @Override
    public Imported read(Path path, ImportOptions options) {
        Batch batch = Batch.open(
                name(),
                path,
                options,
                p -> p.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv"),
                "MultiJail.csv");
        for (Path file : batch.files()) {
            batch.addAll(CsvRows.utf8().read(file), this::samples);
        }
        return batch.finish("MIT (README: for academic and ethical use only)", TaskKind.PROMPT_SAFETY);
    }

    private List<Sample> samples(Row row) {
        String id = row.require("id");
        List<String> tags = PythonLiteral.stringList(row.text("tags"));
        String category = tags.isEmpty() ? "" : tags.getFirst();
        List<Sample> out = new ArrayList<>();
        for (String code : LANGUAGES) {
            String text = row.require(code);
            out.add(Samples.prompt(
                    id + "-" + code,
                    text,
                    CODES.toBcp47(code),
                    category,
                    id,
                    Samples.meta("source", row.text("source"), "tags", String.join("; ", tags), "kind", "harmful")));
        }
        return out;
    }
}
