package sg.assay.dataset;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import sg.assay.ConfigException;
import sg.assay.json.Json;

/**
 * Reads JSON Lines files and JSON arrays into {@link Row}s with their line numbers. A JSONL line that is not a JSON
 * object becomes a row with a problem (skippable); a JSON document that cannot be parsed fails at its location.
 */
public final class RowReader {
    private RowReader() {}

    /**
     * One row per non-blank line. A line holding a JSON object gives its fields; a line holding another JSON value
     * (e.g. a bare string) is read as {@code {"value": ...}}; a line that is not JSON is a row with a problem.
     */
    public static List<Row> jsonl(Path file, Charset charset) {
        List<Row> rows = new ArrayList<>();
        jsonl(file, charset, rows::add);
        return rows;
    }

    /**
     * The rows of {@link #jsonl(Path, Charset)} handed over one by one as they are read, so a large file is never
     * held in memory as rows.
     */
    public static void jsonl(Path file, Charset charset, Consumer<Row> rows) {
        ObjectMapper mapper = Json.mapper();
        long line = 0;
        long index = 0;
        try (BufferedReader reader = SourceText.open(file, charset)) {
            String text;
            while ((text = reader.readLine()) != null) {
                line++;
                if (text.isBlank()) {
                    continue;
                }
                rows.accept(jsonlRow(mapper, file, line, ++index, text));
            }
        } catch (IOException e) {
            throw SourceText.readError(file, line + 1, charset, e);
        }
    }

    private static Row jsonlRow(ObjectMapper mapper, Path file, long line, long index, String text) {
        ObjectNode empty = mapper.createObjectNode();
        try {
            JsonNode node = mapper.readTree(text);
            if (node instanceof ObjectNode object) {
                return new Row(file, line, index, object, "");
            }
            return new Row(file, line, index, empty.set("value", node), "");
        } catch (JsonProcessingException e) {
            return new Row(file, line, index, empty, "invalid JSON: " + e.getOriginalMessage());
        }
    }

    /**
     * The elements of a JSON array, each with the line it starts on: the document's root array when {@code field} is
     * empty, else the array under that top-level field. Elements that are not objects are wrapped as
     * {@code {"value": ...}}.
     */
    public static List<Row> jsonArray(Path file, String field) {
        ObjectMapper mapper = Json.mapper();
        try (BufferedReader reader = SourceText.open(file, Charset.forName("UTF-8"));
                JsonParser parser = mapper.createParser(reader)) {
            try {
                seekArray(parser, file, field);
                List<Row> rows = new ArrayList<>();
                JsonToken t;
                while ((t = parser.nextToken()) != JsonToken.END_ARRAY) {
                    if (t == null) {
                        throw new ConfigException(
                                file + ":" + parser.currentLocation().getLineNr()
                                        + ": invalid JSON: unexpected end of input inside the array");
                    }
                    long line = parser.currentTokenLocation().getLineNr();
                    JsonNode node = mapper.readTree(parser);
                    ObjectNode object = node instanceof ObjectNode o
                            ? o
                            : mapper.createObjectNode().set("value", node);
                    rows.add(new Row(file, line, rows.size() + 1, object, ""));
                }
                return rows;
            } catch (JsonProcessingException e) {
                long line = e.getLocation() == null
                        ? parser.currentLocation().getLineNr()
                        : e.getLocation().getLineNr();
                throw new ConfigException(file + ":" + line + ": invalid JSON: " + e.getOriginalMessage(), e);
            } catch (IOException e) {
                throw SourceText.readError(file, parser.currentLocation().getLineNr(), Charset.forName("UTF-8"), e);
            }
        } catch (IOException e) {
            throw new ConfigException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a whole JSON document (for small header objects); errors name the file and line. */
    public static JsonNode jsonDocument(Path file) {
        ObjectMapper mapper = Json.mapper();
        try (BufferedReader reader = SourceText.open(file, Charset.forName("UTF-8"))) {
            JsonNode node = mapper.readTree(reader);
            if (node == null || node.isMissingNode()) {
                throw new ConfigException(file + ":1: empty file; expected a JSON document");
            }
            return node;
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new ConfigException(file + ":" + line + ": invalid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw SourceText.readError(file, 1, Charset.forName("UTF-8"), e);
        }
    }

    private static void seekArray(JsonParser parser, Path file, String field) throws IOException {
        JsonToken first = parser.nextToken();
        if (field.isEmpty()) {
            if (first != JsonToken.START_ARRAY) {
                throw new ConfigException(file + ":" + parser.currentLocation().getLineNr()
                        + ": expected a JSON array at the top level, found " + describe(first));
            }
            return;
        }
        if (first != JsonToken.START_OBJECT) {
            throw new ConfigException(file + ":" + parser.currentLocation().getLineNr()
                    + ": expected a JSON object with an array '" + field + "', found " + describe(first));
        }
        JsonToken t;
        while ((t = parser.nextToken()) == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (field.equals(name)) {
                if (value != JsonToken.START_ARRAY) {
                    throw new ConfigException(
                            file + ":" + parser.currentLocation().getLineNr() + ": field '" + field
                                    + "' must be an array, found " + describe(value));
                }
                return;
            }
            parser.skipChildren();
        }
        throw new ConfigException(file + ":" + parser.currentLocation().getLineNr() + ": no array field '" + field
                + "' at the top level" + (t == null ? " (file ends early)" : ""));
    }

    private static String describe(JsonToken t) {
        if (t == null) {
            return "end of file";
        }
        return switch (t) {
            case START_ARRAY -> "an array";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> t.asString() == null ? t.name().toLowerCase(java.util.Locale.ROOT) : t.asString();
        };
    }

    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case NULL -> "null";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
