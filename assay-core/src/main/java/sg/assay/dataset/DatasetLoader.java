package sg.assay.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import sg.assay.ConfigException;

/**
 * Reads a generic JSON Lines or CSV file into a dataset through a {@link FieldMapping}. The content digest is the
 * SHA-256 of the file's bytes. A malformed row fails the load with {@code <file>:<line>: <what is wrong>}, or is
 * skipped and counted when {@link LoadOptions#skipBadRows()} is set.
 */
public final class DatasetLoader {
    /** The licence recorded when the file does not state one. */
    public static final String NO_LICENCE = "not stated";

    private final FieldMapping mapping;
    private final LoadOptions options;

    public DatasetLoader(FieldMapping mapping, LoadOptions options) {
        this.mapping = mapping;
        this.options = options;
    }

    public static DatasetLoader defaults() {
        return new DatasetLoader(FieldMapping.defaults(), LoadOptions.defaults());
    }

    /** Reads a file strictly, naming the dataset after the file (without its extension). */
    public Dataset load(Path file) {
        String fileName = String.valueOf(file.getFileName());
        int dot = fileName.lastIndexOf('.');
        return read(file, dot > 0 ? fileName.substring(0, dot) : fileName).dataset();
    }

    public LoadResult read(Path file, String name) {
        SampleCollector collector = new SampleCollector(options.skipBadRows());
        forEachRow(file, row -> collector.add(row, r -> List.of(toSample(r))));
        Dataset dataset = new Dataset(name, ContentDigest.of(file), NO_LICENCE, collector.samples());
        return new LoadResult(dataset, collector.rows(), collector.badRows());
    }

    /** The file's rows one by one; JSON Lines files are streamed, so their rows are never all in memory. */
    private void forEachRow(Path file, Consumer<Row> consumer) {
        String fileName = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (fileName.endsWith(".jsonl") || fileName.endsWith(".ndjson")) {
            RowReader.jsonl(file, options.charset(), consumer);
        } else {
            rows(file).forEach(consumer);
        }
    }

    /** The file's rows, read as JSONL ({@code .jsonl}, {@code .ndjson}) or CSV ({@code .csv}, {@code .tsv}). */
    public List<Row> rows(Path file) {
        String fileName = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (fileName.endsWith(".jsonl") || fileName.endsWith(".ndjson")) {
            return RowReader.jsonl(file, options.charset());
        }
        if (fileName.endsWith(".csv")) {
            return options.csv().read(file);
        }
        if (fileName.endsWith(".tsv")) {
            CsvRows csv = options.csv();
            return new CsvRows(csv.charset(), csv.header(), '\t').read(file);
        }
        throw new ConfigException(
                "cannot tell the format of " + file + "; expected a .jsonl, .ndjson, .csv or .tsv file");
    }

    /** One sample from one row; a problem with the row throws a {@link ConfigException}. */
    public Sample toSample(Row row) {
        JsonNode inputNode = row.node(mapping.input());
        if (inputNode.isMissingNode() || inputNode.isNull()) {
            throw row.fail(
                    "missing input field '" + mapping.input() + "'; row has: " + String.join(", ", row.fieldNames()));
        }
        String id = text(row, mapping.id()).strip();
        if (id.isEmpty()) {
            id = row.fallbackId();
        }
        String label = text(row, mapping.label());
        String expected = text(row, mapping.expected());
        if (expected.isEmpty()) {
            expected = label;
        }
        String language = options.languages().resolve(text(row, mapping.language()));
        return new Sample(
                id,
                InputMessages.from(inputNode, mapping.input()),
                expected,
                language,
                text(row, mapping.category()),
                text(row, mapping.group()),
                metadata(row, label));
    }

    private Map<String, String> metadata(Row row, String label) {
        Map<String, String> meta = new LinkedHashMap<>();
        if (mapping.otherFields()) {
            Set<String> mapped = mapping.mappedFields();
            for (String name : row.fieldNames()) {
                if (!mapped.contains(name) && row.has(name)) {
                    meta.put(name, row.text(name));
                }
            }
        }
        for (String name : mapping.metadata()) {
            if (row.has(name)) {
                meta.put(name, row.text(name));
            }
        }
        if (!label.isEmpty()) {
            meta.put("label", label);
        }
        return meta;
    }

    private static String text(Row row, String field) {
        return field.isEmpty() ? "" : row.text(field);
    }
}
