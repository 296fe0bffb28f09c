package sg.assay.dataset.imports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sg.assay.ConfigException;
import sg.assay.dataset.LabelSource;
import sg.assay.dataset.Row;
import sg.assay.dataset.Sample;
import sg.assay.message.Message;

/** Small builders shared by the importers: single-prompt samples and metadata with labels. */
final class Samples {
    private Samples() {}

    /** A single-turn sample; a blank prompt is an error. */
    static Sample prompt(
            String id, String text, String language, String category, String group, Map<String, String> meta) {
        if (text.isBlank()) {
            throw new ConfigException("prompt is empty");
        }
        return new Sample(id, List.of(Message.user(text)), "", language, category, group, meta);
    }

    /** Metadata from key/value pairs; blank values are left out. */
    static Map<String, String> meta(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (!pairs[i + 1].isBlank()) {
                m.put(pairs[i], pairs[i + 1]);
            }
        }
        return m;
    }

    /** The metadata with a label and who produced it. */
    static Map<String, String> labelled(Map<String, String> meta, String label, LabelSource source) {
        Map<String, String> m = new LinkedHashMap<>(meta);
        m.put("label", label);
        m.put(LabelSource.KEY, source.label());
        return m;
    }

    /** Copies the named fields of a row into metadata (those present and not blank). */
    static Map<String, String> fields(Row row, List<String> names) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String n : names) {
            String v = row.text(n);
            if (!v.isBlank()) {
                m.put(n, v);
            }
        }
        return m;
    }

    /** A label value that must be one of the given ones. */
    static String oneOf(Row row, String field, List<String> allowed) {
        String v = row.require(field).strip();
        if (!allowed.contains(v)) {
            throw row.fail("field '" + field + "' is '" + v + "'; expected one of " + String.join(", ", allowed));
        }
        return v;
    }
}
