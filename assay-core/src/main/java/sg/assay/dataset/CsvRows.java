package sg.assay.dataset;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import sg.assay.ConfigException;

/**
 * Reads a CSV file into {@link Row}s. With a header, fields are keyed by column name; a repeated name gets a suffix
 * ({@code label}, {@code label_2}) so no column is lost. Without a header, fields are keyed by 0-based column index.
 * A row whose column count differs from the header's is a row with a problem; a quoting error that makes the rest of
 * the file unreadable fails the whole read at its line.
 *
 * @param charset the file's encoding
 * @param header whether the first record names the columns
 * @param delimiter the field separator, usually {@code ,}
 */
public record CsvRows(Charset charset, boolean header, char delimiter) {

    public static CsvRows utf8() {
        return new CsvRows(Charset.forName("UTF-8"), true, ',');
    }

    public CsvRows withHeader(boolean value) {
        return new CsvRows(charset, value, delimiter);
    }

    public CsvRows withCharset(Charset value) {
        return new CsvRows(value, header, delimiter);
    }

    public List<Row> read(Path file) {
        return parse(file, SourceText.read(file, charset));
    }

    /** Parses text already decoded from a file (for sources whose encoding needs special handling). */
    public List<Row> parse(Path file, String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get();
        long line = 0;
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text));
                CSVParser parser = CSVParser.parse(reader, format)) {
            Iterator<CSVRecord> records = parser.iterator();
            List<String> names = List.of();
            List<Row> rows = new ArrayList<>();
            while (true) {
                line = parser.getCurrentLineNumber() + 1;
                CSVRecord record;
                try {
                    if (!records.hasNext()) {
                        break;
                    }
                    record = records.next();
                } catch (UncheckedIOException e) {
                    throw csvError(file, line, e);
                } catch (IllegalStateException e) {
                    throw new ConfigException(file + ":" + line + ": malformed CSV: " + e.getMessage(), e);
                }
                if (header && names.isEmpty()) {
                    names = columnNames(record);
                    continue;
                }
                rows.add(toRow(file, line, rows.size() + 1, record, names));
            }
            if (header && names.isEmpty()) {
                throw new ConfigException(file + ":1: empty file; expected a header row");
            }
            return rows;
        } catch (IOException e) {
            throw SourceText.readError(file, line, charset, e);
        }
    }

    private ConfigException csvError(Path file, long line, UncheckedIOException e) {
        if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
            return SourceText.encodingError(file, line, charset);
        }
        String what = e.getCause() == null
                ? String.valueOf(e.getMessage())
                : String.valueOf(e.getCause().getMessage());
        return new ConfigException(file + ":" + line + ": malformed CSV: " + what, e);
    }

    private static List<String> columnNames(CSVRecord record) {
        List<String> names = new ArrayList<>();
        Map<String, Integer> counts = new HashMap<>();
        for (String raw : record) {
            String name = raw.strip();
            if (name.isEmpty()) {
                name = Integer.toString(names.size());
            }
            int n = counts.merge(name, 1, Integer::sum);
            names.add(n == 1 ? name : name + "_" + n);
        }
        return names;
    }

    private static Row toRow(Path file, long line, long index, CSVRecord record, List<String> names) {
        ObjectNode fields = JsonNodeFactory.instance.objectNode();
        String problem = "";
        if (names.isEmpty()) {
            for (int i = 0; i < record.size(); i++) {
                fields.put(Integer.toString(i), record.get(i));
            }
            return new Row(file, line, index, fields, problem);
        }
        int size = record.size();
        while (size > names.size() && record.get(size - 1).isEmpty()) {
            size--;
        }
        if (size != names.size()) {
            problem = "row has " + size + " columns; the header has " + names.size();
        }
        for (int i = 0; i < Math.min(size, names.size()); i++) {
            fields.put(names.get(i), record.get(i));
        }
        return new Row(file, line, index, fields, problem);
    }
}
