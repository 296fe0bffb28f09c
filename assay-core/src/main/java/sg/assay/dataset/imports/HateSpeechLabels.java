package sg.assay.dataset.imports;

import java.nio.file.Path;
import java.util.List;
import sg.assay.dataset.CsvRows;
import sg.assay.dataset.LabelSource;
import sg.assay.dataset.Sample;
import sg.assay.dataset.TaskKind;
import sg.assay.dataset.imports.Labels.Mapping;

/**
 * ViHSD (Vietnamese, 3-way) and the Indonesian multi-label hate-speech corpus (Ibrohim and Budi; not valid UTF-8:
 * lines that are not UTF-8 are read as windows-1252). Both have human labels; every label column is kept.
 */
final class HateSpeechLabels {
    private HateSpeechLabels() {}

    static final class ViHsd implements Importer {
        private static final Mapping LABELS =
                new Mapping("vihsd", List.of("0", "1", "2"), List.of("clean", "offensive", "hate"));

        @Override
        public String name() {
            return "vihsd";
        }

        @Override
        public String description() {
            return "ViHSD CSV (free_text, label_id 0 clean / 1 offensive / 2 hate), Vietnamese; classification";
        }

        @Override
        public Imported read(Path path, ImportOptions options) {
            Batch batch = Batch.open(name(), path, options, p -> p.toString().endsWith(".csv"), "test.csv");
            for (Path file : batch.files()) {
                String prefix = batch.prefix(file);
                batch.addAll(CsvRows.utf8().read(file), row -> {
                    String label = LABELS.map(row, "label_id");
                    Sample s = Samples.prompt(
                            prefix + row.line(),
                            row.require("free_text"),
                            "vi",
                            "",
                            "",
                            Samples.labelled(Samples.meta("label_id", row.text("label_id")), label, LabelSource.HUMAN));
                    return List.of(Labels.expect(s, label));
                });
            }
            return batch.finish("none stated; README: research use only", TaskKind.CLASSIFICATION);
        }
    }

    static final class Indonesian implements Importer {
        private static final List<String> COLUMNS = List.of(
                "HS",
                "Abusive",
                "HS_Individual",
                "HS_Group",
                "HS_Religion",
                "HS_Race",
                "HS_Physical",
                "HS_Gender",
                "HS_Other",
                "HS_Weak",
                "HS_Moderate",
                "HS_Strong");

        @Override
        public String name() {
            return "id-hate-speech";
        }

        @Override
        public String description() {
            return "Indonesian hate speech and abusive language tweets (re_dataset.csv, not UTF-8); classification";
        }

        @Override
        public Imported read(Path path, ImportOptions options) {
            Batch batch = Batch.open(
                    name(),
                    path,
                    options,
                    p -> String.valueOf(p.getFileName()).equals("re_dataset.csv"),
                    "re_dataset.csv (abusive.csv is a word list, not a dataset)");
            for (Path file : batch.files()) {
                String prefix = batch.prefix(file);
                String text =
                        sg.assay.dataset.SourceText.readUtf8OrWindows1252(file).text();
                batch.addAll(CsvRows.utf8().parse(file, text), row -> {
                    String hs = Samples.oneOf(row, "HS", List.of("0", "1"));
                    String label = hs.equals("1") ? "hateful" : "non-hateful";
                    Sample s = Samples.prompt(
                            prefix + row.line(),
                            row.require("Tweet"),
                            "id",
                            "",
                            "",
                            Samples.labelled(Samples.fields(row, COLUMNS), label, LabelSource.HUMAN));
                    return List.of(Labels.expect(s, label));
                });
            }
            return batch.finish("CC BY-NC-SA 4.0 (non-commercial, share-alike)", TaskKind.CLASSIFICATION);
        }
    }
}
