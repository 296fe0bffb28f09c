package sg.assay.target.guard;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import sg.assay.ConfigException;
import sg.assay.classify.HarmCategory;
import sg.assay.json.Json;

/**
 * Reads guard-model categories and policies from a YAML or JSON file, and common labels by their kebab-case name.
 *
 * <pre>
 * categories:
 *   - code: S1
 *     name: Fraud and Scams
 *     description: |      # optional, written under the name
 *       Should not ...
 *     labels: [scams]      # common categories; none keeps it under its code in the metadata
 * </pre>
 */
final class CategoryFile {
    private static final Pattern CODE = Pattern.compile("[A-Z]\\d{1,2}");

    private CategoryFile() {}

    /** The file's top-level list named {@code key}, with a one-line error for anything else. */
    static JsonNode list(String file, String key, String owner) {
        JsonNode root;
        try {
            root = Json.yaml().readTree(Files.readString(Path.of(file)));
        } catch (IOException e) {
            throw new ConfigException(owner + " cannot read " + key + " file " + file + ": "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        JsonNode list = root == null ? Json.mapper().missingNode() : root.path(key);
        if (!list.isArray() || list.isEmpty()) {
            throw new ConfigException(owner + " " + key + " file " + file + " needs a non-empty list '" + key + ":'");
        }
        return list;
    }

    static List<LlamaCategory> categories(String file, String owner) {
        List<LlamaCategory> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonNode n : list(file, "categories", owner)) {
            String code = text(n, "code", file, owner);
            if (!CODE.matcher(code).matches() || !seen.add(code)) {
                throw new ConfigException(owner + " category code '" + code + "' in " + file
                        + " must be a capital letter and one or two digits (e.g. S1), once each");
            }
            out.add(new LlamaCategory(
                    code, text(n, "name", file, owner), n.path("description").asText(""), labels(n, file, owner)));
        }
        return out;
    }

    static String text(JsonNode n, String field, String file, String owner) {
        String v = n.path(field).asText("").strip();
        if (v.isEmpty()) {
            throw new ConfigException(owner + " entry " + n + " in " + file + " needs '" + field + "'");
        }
        return v;
    }

    static List<HarmCategory> labels(JsonNode n, String file, String owner) {
        List<HarmCategory> out = new ArrayList<>();
        JsonNode labels = n.path("labels");
        for (JsonNode l : labels.isArray() ? labels : Json.mapper().createArrayNode()) {
            out.add(label(l.asText(), owner + " (" + file + ")"));
        }
        return out;
    }

    /** A common category by its label ({@code self-harm}) or enum name. */
    static HarmCategory label(String text, String owner) {
        String k = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (HarmCategory c : HarmCategory.values()) {
            if (c.name().equals(k)) {
                return c;
            }
        }
        throw new ConfigException(owner + ": label '" + text + "' is not a common category; known: "
                + String.join(
                        ", ",
                        Arrays.stream(HarmCategory.values())
                                .map(HarmCategory::label)
                                .toList()));
    }
}
