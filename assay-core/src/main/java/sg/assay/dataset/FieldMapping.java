package sg.assay.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sg.assay.ConfigException;

/**
 * Which source field (JSON key, CSV column name, or 0-based column index for a headerless CSV) gives each part of a
 * sample. An empty name means the source has no such field. A dotted name ({@code meta.lang}) reaches into nested
 * JSON objects.
 *
 * @param id the sample id; when absent or blank, the row's line number is used
 * @param input the prompt text, or (JSONL) a list of {@code {role, content}} messages
 * @param expected the ground truth; when empty, the label is used
 * @param language the language code, mapped to BCP 47 through the loader's code map
 * @param category the hazard or test category
 * @param group the statistics cluster; defaults to the id
 * @param label a label kept as metadata {@code label}
 * @param metadata fields copied into metadata under their own name
 * @param otherFields whether every field not named above is copied into metadata too
 */
public record FieldMapping(
        String id,
        String input,
        String expected,
        String language,
        String category,
        String group,
        String label,
        List<String> metadata,
        boolean otherFields) {

    static final Set<String> KEYS =
            Set.of("id", "input", "expected", "language", "category", "group", "label", "metadata");

    public FieldMapping {
        if (input.isBlank()) {
            throw new ConfigException("field mapping needs an input field");
        }
        metadata = List.copyOf(metadata);
    }

    /** id, input, expected, language, category, group, label; every other field goes to metadata. */
    public static FieldMapping defaults() {
        return new FieldMapping("id", "input", "expected", "language", "category", "group", "label", List.of(), true);
    }

    /**
     * The defaults with some fields renamed, e.g. {@code {input: text, label: hs}}. Naming {@code metadata} (a list,
     * or a {@code ;}-separated string) keeps only those fields as metadata. An empty value means the field is absent.
     */
    public static FieldMapping of(Map<String, ?> overrides) {
        FieldMapping d = defaults();
        Map<String, String> f = new LinkedHashMap<>();
        f.put("id", d.id);
        f.put("input", d.input);
        f.put("expected", d.expected);
        f.put("language", d.language);
        f.put("category", d.category);
        f.put("group", d.group);
        f.put("label", d.label);
        List<String> meta = List.of();
        boolean others = true;
        for (Map.Entry<String, ?> e : overrides.entrySet()) {
            String key = e.getKey().strip();
            if (!KEYS.contains(key)) {
                throw new ConfigException("unknown mapping key '" + key + "'; known: "
                        + String.join(", ", new java.util.TreeSet<>(KEYS)));
            }
            Object value = e.getValue();
            if (key.equals("metadata")) {
                meta = metadataList(value);
                others = false;
            } else {
                f.put(key, value == null ? "" : String.valueOf(value).strip());
            }
        }
        return new FieldMapping(
                f.get("id"),
                f.get("input"),
                f.get("expected"),
                f.get("language"),
                f.get("category"),
                f.get("group"),
                f.get("label"),
                meta,
                others);
    }

    /** Parses {@code input=text,label=hs,metadata=a;b} as given on the command line. */
    public static FieldMapping parse(String text) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException("cannot read mapping '" + part.strip() + "'; expected field=source-field");
            }
            if (pairs.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip()) != null) {
                throw new ConfigException(
                        "mapping key '" + part.substring(0, eq).strip() + "' given twice");
            }
        }
        return of(pairs);
    }

    private static List<String> metadataList(Object value) {
        List<String> out = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v).strip()));
        } else if (value != null) {
            for (String s : String.valueOf(value).split(";")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
        }
        return out;
    }

    /** The source fields this mapping gives a role other than metadata. */
    public Set<String> mappedFields() {
        Set<String> s = new java.util.HashSet<>(List.of(id, input, expected, language, category, group, label));
        s.remove("");
        return s;
    }
}
