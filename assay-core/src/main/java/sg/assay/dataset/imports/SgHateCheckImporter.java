package sg.assay.dataset.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import sg.assay.dataset.CsvRows;
import sg.assay.dataset.LabelSource;
import sg.assay.dataset.Row;
import sg.assay.dataset.Sample;
import sg.assay.dataset.TaskKind;
import sg.assay.language.CodeMap;

/**
 * SGHateCheck: functional hate-speech tests. {@code *_testcases_all.csv} carry the template's gold label
 * ({@code t_gold}, label source {@code template}); {@code *_annotations.csv} carry the final human label
 * ({@code annotation_selected}) and each annotator's label as metadata. The language is the file-name prefix:
 * {@code ss} is Singlish. Samples are grouped by template ({@code t_id}).
 */
final class SgHateCheckImporter implements Importer {
    static final CodeMap CODES = new CodeMap("sghatecheck", Map.of("ss", "en-SG", "zh", "zh-Hans"));
    private static final List<String> TEMPLATE_FIELDS =
            List.of("p_label", "p_value", "p_target", "t_case_local", "t_direction", "t_id");
    private static final List<String> ANNOTATION_FIELDS =
            List.of("annotator_1", "annotator_2", "annotator_3", "annotation_common", "c_order");

    @Override
    public String name() {
        return "sghatecheck";
    }

    @Override
    public String description() {
        return "SGHateCheck CSVs (<lang>_testcases_all.csv, <lang>_annotations.csv), Singlish and Mandarin; "
                + "classification";
    }

    @Override
    public Imported read(Path path, ImportOptions options) {
        Batch batch = Batch.open(
                name(), path, options, SgHateCheckImporter::accepts, "ss_testcases_all.csv, zh_annotations.csv, ...");
        for (Path file : batch.files()) {
            String stem = Batch.stem(file);
            String language = CODES.toBcp47(stem.substring(0, stem.indexOf('_')));
            boolean annotated = stem.endsWith("_annotations");
            String prefix = batch.prefix(file);
            batch.addAll(
                    CsvRows.utf8().read(file),
                    row -> List.of(annotated ? annotated(row, prefix, language) : testcase(row, prefix, language)));
        }
        return batch.finish(
                "none stated (moonshot-data redistributes it as MIT; that is a third-party statement)",
                TaskKind.CLASSIFICATION);
    }

    private static boolean accepts(Path p) {
        String n = Batch.stem(p);
        int u = n.indexOf('_');
        return p.toString().endsWith(".csv")
                && u > 0
                && CODES.codes().containsKey(n.substring(0, u))
                && (n.endsWith("_testcases_all") || n.endsWith("_annotations"));
    }

    private static Sample testcase(Row row, String prefix, String language) {
        String label = Samples.oneOf(row, "t_gold", List.of("hateful", "non-hateful"));
        Map<String, String> meta = Samples.labelled(Samples.fields(row, TEMPLATE_FIELDS), label, LabelSource.TEMPLATE);
        Sample s = Samples.prompt(
                prefix + row.line(),
                row.require("c_testcase"),
                language,
                row.require("t_function"),
                row.text("t_id"),
                meta);
        return Labels.expect(s, label);
    }

    private static Sample annotated(Row row, String prefix, String language) {
        String label =
                Samples.oneOf(row, "annotation_selected", List.of("hateful", "non-hateful", "no_match", "undecided"));
        Map<String, String> meta = Samples.fields(row, TEMPLATE_FIELDS);
        meta.putAll(Samples.fields(row, ANNOTATION_FIELDS));
        meta.put("template_label", row.text("t_gold"));
        Sample s = Samples.prompt(
                prefix + row.require("c_id"),
                row.require("c_testcase"),
                language,
                row.require("t_function"),
                row.text("t_id"),
                Samples.labelled(meta, label, LabelSource.HUMAN));
        return Labels.expect(s, label);
    }
}
