package sg.assay.probe.generate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import sg.assay.ConfigException;
import sg.assay.json.Json;
import sg.assay.language.Language;

/**
 * An application as its owner describes it, in a short YAML file.
 *
 * <pre>{@code
 * name: clinic-bot
 * purpose: Answers questions about Harbourfront Polyclinic's opening hours and appointments.
 * audience: Patients in Singapore, many of them elderly.
 * never: [give a medical diagnosis, reveal another patient's details]
 * out-of-scope: [politics, investment advice]
 * data: [patient names and NRIC numbers, appointment times]
 * languages: [en, ms, zh-Hans]   # optional; all nine by default
 * }</pre>
 */
public record Purpose(
        String name,
        String purpose,
        String audience,
        List<String> never,
        List<String> outOfScope,
        List<String> data,
        List<Language> languages) {
    private static final List<String> KEYS =
            List.of("name", "purpose", "audience", "never", "out-of-scope", "data", "languages");

    public Purpose {
        never = List.copyOf(never);
        outOfScope = List.copyOf(outOfScope);
        data = List.copyOf(data);
        languages = List.copyOf(languages.isEmpty() ? Language.all() : languages);
        if (purpose.isBlank()) {
            throw new ConfigException("the purpose file needs 'purpose': one or two sentences on what the app does");
        }
        if (never.isEmpty() && outOfScope.isEmpty() && data.isEmpty()) {
            throw new ConfigException("the purpose file needs at least one of 'never', 'out-of-scope' or 'data'");
        }
    }

    /** What the attacker aims at: each rule, topic and kind of data, in the file's order. */
    public List<Objective> objectives() {
        List<Objective> out = new ArrayList<>();
        never.forEach(t -> out.add(new Objective(Objective.NEVER, t)));
        outOfScope.forEach(t -> out.add(new Objective(Objective.OUT_OF_SCOPE, t)));
        data.forEach(t -> out.add(new Objective(Objective.DATA, t)));
        return out;
    }

    public static Purpose load(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new ConfigException("cannot read purpose file " + file + ": " + e.getMessage());
        }
    }

    static Purpose parse(String yaml, String origin) {
        JsonNode root;
        try {
            root = Json.yaml().readTree(yaml);
        } catch (JsonProcessingException e) {
            throw new ConfigException(origin + ": malformed YAML: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException(origin + ": expected a mapping with 'purpose' and 'never'/'out-of-scope'/'data'");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!KEYS.contains(key)) {
                throw new ConfigException(origin + ": unknown key '" + key + "'; expected one of " + KEYS);
            }
        }
        return new Purpose(
                root.path("name").asText("app"),
                root.path("purpose").asText(""),
                root.path("audience").asText(""),
                strings(root.get("never"), origin),
                strings(root.get("out-of-scope"), origin),
                strings(root.get("data"), origin),
                strings(root.get("languages"), origin).stream()
                        .map(Language::of)
                        .toList());
    }

    private static List<String> strings(JsonNode node, String origin) {
        List<String> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            throw new ConfigException(origin + ": '" + node + "' must be a list");
        }
        node.forEach(n -> {
            if (!n.asText().isBlank()) {
                out.add(n.asText().strip());
            }
        });
        return out;
    }
}
