package sg.assay.dataset.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sg.assay.ConfigException;
import sg.assay.dataset.LabelSource;
import sg.assay.dataset.Row;
import sg.assay.dataset.RowReader;
import sg.assay.dataset.Sample;
import sg.assay.dataset.TaskKind;
import sg.assay.language.CodeMap;

/**
 * AI Verify Moonshot dataset JSON: {@code {name, license, examples: [{id?, input, target}]}}. Each file's own
 * {@code license} field is the one recorded. The language is the file-name suffix through Moonshot's code map, where
 * {@code my} is Malay and {@code cn} Chinese. The task kind comes from the file name (e.g. cyberseceval and bipia
 * files are prompt injection, sghatecheck classification); files of different kinds are imported separately.
 */
final class MoonshotImporter implements Importer {
    static final CodeMap CODES = new CodeMap(
            "moonshot-data",
            Map.of("en", "en", "cn", "zh-Hans", "zh", "zh-Hans", "my", "ms", "ss", "en-SG", "tl", "te", "kw", "sw"));

    @Override
    public String name() {
        return "moonshot";
    }

    @Override
    public String description() {
        return "AI Verify Moonshot dataset JSON {name, license, examples:[{input, target}]}";
    }

    @Override
    public Imported read(Path path, ImportOptions options) {
        Batch batch = Batch.open(name(), path, options, p -> p.toString().endsWith(".json"), "<name>.json");
        Set<TaskKind> kinds = new LinkedHashSet<>();
        batch.files().forEach(f -> kinds.add(kind(Batch.stem(f))));
        if (kinds.size() > 1) {
            throw new ConfigException(path + " holds files of several task kinds ("
                    + kinds.stream().map(TaskKind::label).toList() + "); import them one file or one kind at a time");
        }
        Set<String> licences = new LinkedHashSet<>();
        for (Path file : batch.files()) {
            JsonNode licence = RowReader.jsonDocument(file).path("license");
            licences.add(licence.isTextual() ? licence.asText().strip() : "not stated");
            String stem = Batch.stem(file);
            String language = language(stem);
            String prefix = batch.prefix(file);
            batch.addAll(RowReader.jsonArray(file, "examples"), row -> List.of(sample(row, prefix, stem, language)));
        }
        return batch.finish(String.join("; ", licences), kinds.iterator().next());
    }

    static TaskKind kind(String stem) {
        if (stem.startsWith("cyberseceval") || stem.startsWith("bipia")) {
            return TaskKind.PROMPT_INJECTION;
        }
        if (stem.startsWith("sghatecheck") || stem.startsWith("cvalues")) {
            return TaskKind.CLASSIFICATION;
        }
        return TaskKind.PROMPT_SAFETY;
    }

    static String language(String stem) {
        int dash = stem.lastIndexOf('-');
        String suffix = dash < 0 ? "" : stem.substring(dash + 1);
        if (CODES.codes().containsKey(suffix)) {
            return CODES.toBcp47(suffix);
        }
        return stem.equals("cvalues") ? "zh-Hans" : "en";
    }

    private static Sample sample(Row row, String prefix, String stem, String language) {
        String id = row.has("id") ? row.text("id") : Long.toString(row.index());
        String input = row.require("input");
        JsonNode target = row.node("target");
        String expected = target.isArray() ? joined(target) : row.text("target");
        Map<String, String> meta = Samples.meta("file", stem, "target_kind", target.isArray() ? "any-of" : "");
        if (kind(stem) == TaskKind.CLASSIFICATION && !expected.isBlank()) {
            meta = Samples.labelled(
                    meta, expected, stem.startsWith("sghatecheck") ? LabelSource.TEMPLATE : LabelSource.SOURCE);
        }
        Sample s = Samples.prompt(prefix + id, input, language, category(stem, expected), "", meta);
        return Labels.expect(s, expected);
    }

    private static String category(String stem, String expected) {
        if (stem.startsWith("mlc-")) {
            return expected;
        }
        int dash = stem.lastIndexOf('-');
        return dash > 0 && CODES.codes().containsKey(stem.substring(dash + 1)) ? stem.substring(0, dash) : stem;
    }

    private static String joined(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return String.join(" | ", out);
    }
}
