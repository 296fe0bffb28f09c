package sg.assay.dataset.imports;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import sg.assay.dataset.CsvRows;
import sg.assay.dataset.LabelSource;
import sg.assay.dataset.Row;
import sg.assay.dataset.Sample;
import sg.assay.dataset.TaskKind;
import sg.assay.language.CodeMap;

/**
 * SEAHateCheck: four subsets told apart by folder. {@code gold_label_all} has template labels;
 * {@code gold_label_annotated} has human majority labels and only the template text, so the case is rebuilt by
 * filling every placeholder with {@code p_value}; {@code silver_label_all} holds LLM-generated cases whose label is
 * the one the model was asked to produce (label source {@code model}); {@code silver_label_annotated} has human
 * majority labels and a repeated {@code t_function} column that holds the target group.
 */
final class SeaHateCheckImporter implements Importer {
    static final CodeMap CODES =
            new CodeMap("seahatecheck", Map.of("id", "id", "th", "th", "ss", "en-SG", "zh", "zh-Hans"));
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[A-Z_]+}");
    private static final List<String> HUMAN = List.of("hateful", "non-hateful", "nonsensical", "unique");
    private static final List<String> COUNTS = List.of(
            "count_sentiment_hateful", "count_sentiment_non-hateful", "count_sentiment_nonsensical", "gold_count");
    private static final List<String> SUBSETS =
            List.of("gold_label_all", "gold_label_annotated", "silver_label_all", "silver_label_annotated");

    @Override
    public String name() {
        return "seahatecheck";
    }

    @Override
    public String description() {
        return "SEAHateCheck CSVs in {gold,silver}_label_{all,annotated}/<lang>.csv; classification";
    }

    @Override
    public Imported read(Path path, ImportOptions options) {
        Batch batch = Batch.open(
                name(),
                path,
                options,
                SeaHateCheckImporter::accepts,
                "<subset>/<lang>.csv with subset one of " + String.join(", ", SUBSETS));
        for (Path file : batch.files()) {
            String language = CODES.toBcp47(Batch.stem(file));
            String subset = subset(file);
            String prefix = batch.prefix(file);
            batch.addAll(
                    CsvRows.utf8().read(file),
                    row -> List.of(
                            switch (subset) {
                                case "gold_label_all" -> gold(row, prefix, language);
                                case "gold_label_annotated" -> goldAnnotated(row, prefix, language);
                                case "silver_label_all" -> silver(row, prefix, language);
                                default -> silverAnnotated(row, prefix, language);
                            }));
        }
        return batch.finish("none stated (README citation TBC)", TaskKind.CLASSIFICATION);
    }

    private static String subset(Path file) {
        return Batch.folder(file);
    }

    private static boolean accepts(Path p) {
        return p.toString().endsWith(".csv")
                && SUBSETS.contains(subset(p))
                && CODES.codes().containsKey(Batch.stem(p));
    }

    private static Sample gold(Row row, String prefix, String language) {
        String label = Samples.oneOf(row, "t_gold", List.of("hateful", "non-hateful"));
        Map<String, String> meta =
                Samples.fields(row, List.of("p_label", "p_value", "p_target", "t_case_local", "t_direction", "t_id"));
        return Labels.expect(
                Samples.prompt(
                        prefix + row.line(),
                        row.require("c_testcase"),
                        language,
                        row.require("t_function"),
                        row.text("t_id"),
                        Samples.labelled(meta, label, LabelSource.TEMPLATE)),
                label);
    }

    private static Sample goldAnnotated(Row row, String prefix, String language) {
        String label = Samples.oneOf(row, "sentiment_majority", HUMAN);
        String template = row.require("t_case_local");
        String text =
                PLACEHOLDER.matcher(template).replaceAll(java.util.regex.Matcher.quoteReplacement(row.text("p_value")));
        Map<String, String> meta = Samples.fields(
                row, List.of("p_value", "p_target", "t_case_local", "t_id_full", "unnatural_count", "context_count"));
        meta.putAll(Samples.fields(row, COUNTS));
        meta.put("template_label", row.text("t_gold"));
        return Labels.expect(
                Samples.prompt(
                        prefix + row.line(),
                        text,
                        language,
                        row.require("t_function"),
                        row.text("t_id"),
                        Samples.labelled(meta, label, LabelSource.HUMAN)),
                label);
    }

    private static Sample silver(Row row, String prefix, String language) {
        String label = Samples.oneOf(row, "t_gold", List.of("hateful", "non-hateful"));
        Map<String, String> meta = Samples.fields(row, List.of("p_target", "index", "Unnamed: 0"));
        return Labels.expect(
                Samples.prompt(
                        prefix + row.require("c_perturb_id"),
                        row.require("c_perturb"),
                        language,
                        row.require("t_function"),
                        "",
                        Samples.labelled(meta, label, LabelSource.MODEL)),
                label);
    }

    private static Sample silverAnnotated(Row row, String prefix, String language) {
        String label = Samples.oneOf(row, "sentiment_majority", HUMAN);
        Map<String, String> meta =
                Samples.fields(row, List.of("p_target", "unnatural_true_count", "context_true_count"));
        meta.putAll(Samples.fields(row, COUNTS));
        meta.put("target_group", row.text("t_function"));
        return Labels.expect(
                Samples.prompt(
                        prefix + row.line(),
                        row.require("c_value"),
                        language,
                        "",
                        "",
                        Samples.labelled(meta, label, LabelSource.HUMAN)),
                label);
    }
}
