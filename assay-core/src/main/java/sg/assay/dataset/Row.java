package sg.assay.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import sg.assay.ConfigException;

/**
 * One record read from a source file, with where it came from. CSV rows become objects of text values keyed by
 * (de-duplicated) column name, or by column index when the file has no header; JSON rows keep their structure.
 *
 * @param file the file the row was read from
 * @param line the 1-based line where the row starts
 * @param index the 1-based position of the row among the file's rows
 * @param fields the row's fields
 * @param problem what is wrong with the row as read (e.g. invalid JSON), or an empty string
 */
public record Row(Path file, long line, long index, ObjectNode fields, String problem) {

    /** The location as {@code file:line}, used as the prefix of every error about this row. */
    public String location() {
        return file + ":" + line;
    }

    /** A one-line error about this row: {@code <file>:<line>: <what>}. */
    public ConfigException fail(String what) {
        return new ConfigException(location() + ": " + what);
    }

    /** The field's value, or a missing node; a dotted name ({@code a.b}, {@code list.0.c}) reaches into nested objects and arrays. */
    public JsonNode node(String name) {
        JsonNode direct = fields.get(name);
        if (direct != null || name.indexOf('.') < 0) {
            return direct == null ? fields.missingNode() : direct;
        }
        JsonNode n = fields;
        for (String part : name.split("\\.")) {
            n = n.isArray() && part.matches("\\d{1,9}") ? n.path(Integer.parseInt(part)) : n.path(part);
        }
        return n;
    }

    public boolean has(String name) {
        JsonNode n = node(name);
        return !n.isMissingNode() && !n.isNull();
    }

    /** The field as text: scalars as written, objects and arrays as compact JSON, absent or null as empty. */
    public String text(String name) {
        return textOf(node(name));
    }

    /** The field as non-blank text, or a row error that names the field and the fields the row has. */
    public String require(String name) {
        JsonNode n = node(name);
        if (n.isMissingNode() || n.isNull()) {
            throw fail("missing field '" + name + "'; row has: " + String.join(", ", fieldNames()));
        }
        String t = textOf(n);
        if (t.isBlank()) {
            throw fail("field '" + name + "' is empty");
        }
        return t;
    }

    public List<String> fieldNames() {
        List<String> names = new ArrayList<>();
        Iterator<String> it = fields.fieldNames();
        it.forEachRemaining(names::add);
        return names;
    }

    /** The id to use when the source gives none: the line for line-based files, the position otherwise. */
    public String fallbackId() {
        return Long.toString(line);
    }

    public static String textOf(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return "";
        }
        if (n.isValueNode()) {
            return n.asText();
        }
        return n.toString();
    }
}
