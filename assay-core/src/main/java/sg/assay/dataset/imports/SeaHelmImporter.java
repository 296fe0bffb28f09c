package sg.assay.dataset.imports;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import sg.assay.ConfigException;
import sg.assay.dataset.LabelSource;
import sg.assay.dataset.Row;
import sg.assay.dataset.RowReader;
import sg.assay.dataset.Sample;
import sg.assay.dataset.TaskKind;
import sg.assay.language.CodeMap;
import sg.assay.message.Message;

/**
 * SEA-HELM safeguard, cultural subsets. Labels are written in the target language ({@code Selamat},
 * {@code Mapahamak}, ...) and are mapped to {@code safe}/{@code harmful}, keeping the original word as
 * {@code label_text}. Here {@code my} is Burmese and {@code tl} Filipino. {@code cultural_content_generation} pairs a
 * prompt with a response and labels both (response grading); {@code cultural_in_the_wild} labels prompts
 * (classification); the two are imported separately.
 */
final class SeaHelmImporter implements Importer {
    static final CodeMap CODES = new CodeMap(
            "sea-helm",
            Map.of("en", "en", "id", "id", "ms", "ms", "my", "my", "ta", "ta", "th", "th", "tl", "fil", "vi", "vi"));
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("Safe", "safe"),
            Map.entry("Harmful", "harmful"),
            Map.entry("Aman", "safe"),
            Map.entry("Berbahaya", "harmful"),
            Map.entry("Selamat", "safe"),
            Map.entry("ဘေးကင်း", "safe"),
            Map.entry("အန္တရာယ်ရှိ", "harmful"),
            Map.entry("பாதுகாப்பானது", "safe"),
            Map.entry("தீங்கு விளைவிக்கும்", "harmful"),
            Map.entry("ปลอดภัย", "safe"),
            Map.entry("อันตราย", "harmful"),
            Map.entry("Maingat", "safe"),
            Map.entry("Mapahamak", "harmful"),
            Map.entry("An toàn", "safe"),
            Map.entry("Có hại", "harmful"));

    @Override
    public String name() {
        return "sea-helm-safety";
    }

    @Override
    public String description() {
        return "SEA-HELM safeguard cultural JSONL (content generation: response grading; in the wild: "
                + "classification)";
    }

    @Override
    public Imported read(Path path, ImportOptions options) {
        Batch batch = Batch.open(
                name(),
                path,
                options,
                p -> Batch.stem(p).contains("_cultural_") && p.toString().endsWith(".jsonl"),
                "<lang>_cultural_content_generation.jsonl or " + "<lang>_cultural_in_the_wild.jsonl");
        long generation =
                batch.files().stream().filter(SeaHelmImporter::generation).count();
        if (generation != 0 && generation != batch.files().size()) {
            throw new ConfigException(path + " holds both cultural_content_generation (response grading) and "
                    + "cultural_in_the_wild (classification) files; import each folder on its own");
        }
        for (Path file : batch.files()) {
            String prefix = batch.prefix(file);
            String code = Batch.stem(file).substring(0, Batch.stem(file).indexOf('_'));
            boolean gen = generation(file);
            batch.addAll(
                    RowReader.jsonl(file, StandardCharsets.UTF_8),
                    row -> List.of(
                            gen ? generation(row, prefix + row.line(), code) : wild(row, prefix + row.line(), code)));
        }
        return batch.finish(
                "MIT (repository licence; no separate data licence)",
                generation > 0 ? TaskKind.RESPONSE_GRADING : TaskKind.CLASSIFICATION);
    }

    private static boolean generation(Path p) {
        return Batch.stem(p).endsWith("content_generation");
    }

    private static String language(Row row, String fileCode) {
        String code = row.text("metadata.language");
        return CODES.toBcp47(code.isBlank() ? fileCode : code);
    }

    private static String label(Row row, String field) {
        String word = row.require(field).strip();
        String label = LABELS.get(word);
        if (label == null) {
            throw row.fail("label '" + word + "' in field '" + field + "' is not a known SEA-HELM safe/harmful word");
        }
        return label;
    }

    private static Sample generation(Row row, String id, String fileCode) {
        String prompt = row.require("prompts.0.prompt_text");
        String response = row.require("prompts.0.response_text");
        String label = label(row, "response_label");
        Map<String, String> meta = Samples.meta(
                "prompt_label",
                label(row, "prompt_label"),
                "label_text",
                row.text("response_label"),
                "en_prompt",
                row.text("metadata.en_prompt"));
        return new Sample(
                id,
                List.of(Message.user(prompt), Message.assistant(response)),
                label,
                language(row, fileCode),
                "",
                "",
                Samples.labelled(meta, label, LabelSource.SOURCE));
    }

    private static Sample wild(Row row, String id, String fileCode) {
        String label = label(row, "label");
        Map<String, String> meta = Samples.meta(
                "label_text",
                row.text("label"),
                "en_prompt",
                row.text("prompts.0.en_prompt"),
                "topic",
                row.text("metadata.topic"));
        Sample s = Samples.prompt(
                id,
                row.require("prompts.0.local_prompt"),
                language(row, fileCode),
                row.text("metadata.topic"),
                "",
                Samples.labelled(meta, label, LabelSource.SOURCE));
        return Labels.expect(s, label);
    }
}
