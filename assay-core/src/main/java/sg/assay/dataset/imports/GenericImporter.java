package sg.assay.dataset.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sg.assay.ConfigException;
import sg.assay.Param;
import sg.assay.dataset.CsvRows;
import sg.assay.dataset.DatasetLoader;
import sg.assay.dataset.FieldMapping;
import sg.assay.dataset.LabelSource;
import sg.assay.dataset.LanguageMapping;
import sg.assay.dataset.LoadOptions;
import sg.assay.dataset.Sample;
import sg.assay.dataset.TaskKind;
import sg.assay.json.Json;
import sg.assay.language.CodeMap;

/**
 * Any CSV or JSON Lines file through a field mapping given on the command line ({@code map=input=text,label=hs}) or
 * in a YAML file ({@code mapping=path}), so that data a user downloads (e.g. gated sets) imports too. Options given
 * directly win over the YAML file's.
 */
final class GenericImporter implements Importer {
    private final String format;

    GenericImporter(String format) {
        this.format = format;
    }

    @Override
    public String name() {
        return format;
    }

    @Override
    public String description() {
        return "any " + (format.equals("csv") ? "CSV (or TSV)" : "JSON Lines") + " file through a field mapping";
    }

    @Override
    public List<Param> params() {
        return List.of(
                Param.optional("map", "field mapping, e.g. input=text,label=hs,metadata=a;b", "defaults"),
                Param.optional(
                        "mapping",
                        "a YAML file with fields, language, language-codes, label-source, task, "
                                + "licence, encoding, header",
                        ""),
                Param.optional("encoding", "the file's encoding, e.g. windows-1252", "UTF-8"),
                Param.optional("header", "whether a CSV's first row names the columns", "true"),
                Param.optional("language", "BCP 47 tag for rows without a language", "und"),
                Param.optional("language-codes", "source code to BCP 47, e.g. my=ms;tl=fil", ""),
                Param.optional("label-source", "who produced the labels: human, model, template, source", "source"),
                Param.optional(
                        "task",
                        "prompt-safety, over-refusal, classification, prompt-injection, " + "response-grading",
                        "prompt-safety"),
                Param.optional("licence", "the licence as stated by the source", DatasetLoader.NO_LICENCE));
    }

    @Override
    public Imported read(Path path, ImportOptions options) {
        Map<String, String> o = settings(options.params());
        FieldMapping mapping = o.containsKey("map") ? FieldMapping.parse(o.get("map")) : fields(o);
        Charset charset;
        try {
            charset = Charset.forName(o.getOrDefault("encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("encoding '" + o.get("encoding") + "' not known; e.g. UTF-8, windows-1252");
        }
        boolean header = new ImportOptions("", false, o).flag("header", true);
        LanguageMapping languages = new LanguageMapping(
                new CodeMap(path.toString(), codes(o.getOrDefault("language-codes", ""))),
                o.getOrDefault("language", "und"));
        LoadOptions load = new LoadOptions(options.skipBadRows(), new CsvRows(charset, header, ','), languages);
        DatasetLoader loader = new DatasetLoader(mapping, load);
        LabelSource labels = LabelSource.parse(o.getOrDefault("label-source", "source"));
        Batch batch = Batch.open(
                format,
                path,
                options,
                p -> matches(p),
                format.equals("csv") ? "a .csv or .tsv file" : "a .jsonl or .ndjson file");
        for (Path file : batch.files()) {
            String prefix = batch.prefix(file);
            batch.addAll(loader.rows(file), row -> {
                Sample s = loader.toSample(row);
                Map<String, String> meta = new LinkedHashMap<>(s.metadata());
                if (meta.containsKey("label")) {
                    meta.put(LabelSource.KEY, labels.label());
                }
                return List.of(new Sample(
                        prefix + s.id(), s.input(), s.expected(), s.language(), s.category(), s.group(), meta));
            });
        }
        return batch.finish(
                o.getOrDefault("licence", DatasetLoader.NO_LICENCE),
                TaskKind.parse(o.getOrDefault("task", "prompt-safety")));
    }

    private boolean matches(Path p) {
        String n = p.toString().toLowerCase(java.util.Locale.ROOT);
        return format.equals("csv")
                ? n.endsWith(".csv") || n.endsWith(".tsv")
                : n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    /** The YAML file's settings (if any) overlaid with the options given directly. */
    private static Map<String, String> settings(Map<String, String> params) {
        Map<String, String> out = new LinkedHashMap<>();
        String file = params.getOrDefault("mapping", "");
        if (!file.isBlank()) {
            JsonNode yaml;
            try {
                yaml = Json.yaml().readTree(Path.of(file).toFile());
            } catch (IOException e) {
                throw new ConfigException("cannot read mapping file " + file + ": " + e.getMessage(), e);
            }
            if (yaml == null || !yaml.isObject()) {
                throw new ConfigException("mapping file " + file + " must be a YAML mapping with 'fields'");
            }
            yaml.properties()
                    .forEach(e -> out.put(
                            e.getKey(),
                            e.getValue().isValueNode()
                                    ? e.getValue().asText()
                                    : e.getValue().toString()));
        }
        params.forEach((k, v) -> {
            if (!k.equals("mapping")) {
                out.put(k, v);
            }
        });
        return out;
    }

    private static FieldMapping fields(Map<String, String> o) {
        String json = o.get("fields");
        if (json == null) {
            return FieldMapping.defaults();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        JsonNode node = Json.read(json, JsonNode.class);
        node.properties()
                .forEach(e -> m.put(
                        e.getKey(),
                        e.getValue().isArray()
                                ? Json.mapper().convertValue(e.getValue(), List.class)
                                : e.getValue().asText()));
        return FieldMapping.of(m);
    }

    private static Map<String, String> codes(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text.startsWith("{")) {
            Json.read(text, JsonNode.class)
                    .properties()
                    .forEach(e -> out.put(e.getKey(), e.getValue().asText()));
            return out;
        }
        for (String pair : text.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException("cannot read language code '" + pair + "'; expected code=tag, e.g. my=ms");
            }
            out.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
        }
        return out;
    }
}
