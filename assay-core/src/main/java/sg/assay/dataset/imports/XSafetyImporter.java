package sg.assay.dataset.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sg.assay.dataset.CsvRows;
import sg.assay.dataset.TaskKind;
import sg.assay.language.CodeMap;

/**
 * XSafety: headerless one-column CSVs, one per language folder and category. The category is the file name, cleaned
 * of the English {@code _n}/{@code _en} suffixes and the upstream misspellings; {@code sp} means Spanish. A line
 * holding only spaces is not a prompt and is passed over.
 */
final class XSafetyImporter implements Importer {
    static final CodeMap CODES = new CodeMap(
            "xsafety",
            Map.of(
                    "en", "en", "zh", "zh-Hans", "ar", "ar", "de", "de", "fr", "fr", "hi", "hi", "ja", "ja", "ru", "ru",
                    "sp", "es", "bn", "bn"));

    @Override
    public String name() {
        return "xsafety";
    }

    @Override
    public String description() {
        return "XSafety: headerless prompt CSVs in <lang>/<category>.csv, 14 safety scenarios; prompt safety";
    }

    @Override
    public Imported read(Path path, ImportOptions options) {
        Batch batch = Batch.open(
                name(), path, options, XSafetyImporter::accepts, "<lang>/<Category>.csv, e.g. en/Insult_n.csv");
        CsvRows csv = CsvRows.utf8().withHeader(false);
        for (Path file : batch.files()) {
            String code = Batch.folder(file);
            String language = CODES.toBcp47(code);
            String category = category(Batch.stem(file));
            String prefix = batch.prefix(file);
            batch.addAll(csv.read(file), row -> {
                String text = row.text("0");
                if (text.isBlank()
                        && row.fieldNames().stream().allMatch(f -> row.text(f).isBlank())) {
                    return List.of();
                }
                return List.of(Samples.prompt(
                        prefix + row.line(),
                        text,
                        language,
                        category,
                        "",
                        Samples.meta("kind", category.equals("commonsense") ? "commonsense" : "unsafe-scenario")));
            });
        }
        return batch.finish("Apache-2.0 (README: research use only, no misuse)", TaskKind.PROMPT_SAFETY);
    }

    private static boolean accepts(Path p) {
        return p.toString().toLowerCase(Locale.ROOT).endsWith(".csv")
                && CODES.codes().containsKey(Batch.folder(p));
    }

    static String category(String stem) {
        String s = stem.replaceAll("_(n|en)$", "");
        return switch (s) {
            case "Crimes_And_Illegal_Activitie" -> "Crimes_And_Illegal_Activities";
            case "commen_sense" -> "commonsense";
            default -> s;
        };
    }
}
