package sg.assay.task;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.json.Json;

/**
 * Reads task and suite YAML files, from the file system or bundled on the classpath under {@code tasks/}. A file with
 * a {@code tasks:} list is a suite; its entries name bundled tasks or files relative to it.
 */
public final class TaskFiles {
    private static final List<String> TASK_KEYS = List.of(
            "name",
            "description",
            "dataset",
            "fields",
            "system-prompt",
            "solvers",
            "scorers",
            "target",
            "epochs",
            "reducer",
            "filter");

    private TaskFiles() {}

    /** The names of the bundled tasks and suites, from {@code tasks/index.txt}. */
    public static List<String> bundledNames() {
        return bundled("tasks/index.txt")
                .map(text -> text.lines()
                        .map(String::strip)
                        .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                        .toList())
                .orElse(List.of());
    }

    /** Loads a bundled name or a YAML file path as a suite (a single task becomes a suite of one). */
    public static SuiteDefinition load(String nameOrPath) {
        Path path = Path.of(nameOrPath);
        if (nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml") || Files.exists(path)) {
            if (!Files.isRegularFile(path)) {
                throw new ConfigException("task file not found: " + nameOrPath);
            }
            try {
                return parse(
                        Files.readString(path, StandardCharsets.UTF_8),
                        path.toString(),
                        java.util.Objects.requireNonNullElse(
                                path.toAbsolutePath().getParent(), Path.of(".")));
            } catch (IOException e) {
                throw new ConfigException("cannot read task file " + path + ": " + e.getMessage());
            }
        }
        String text = bundled("tasks/" + nameOrPath + ".yaml")
                .orElseThrow(() -> new ConfigException("task '" + nameOrPath + "' not found; known: "
                        + String.join(", ", bundledNames()) + " (or give a path to a .yaml file)"));
        return parse(text, "tasks/" + nameOrPath + ".yaml", Path.of("."));
    }

    static Optional<String> bundled(String resource) {
        try (InputStream in = TaskFiles.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException("cannot read bundled resource " + resource + ": " + e.getMessage());
        }
    }

    static SuiteDefinition parse(String yaml, String origin, Path baseDir) {
        JsonNode root;
        try {
            root = Json.yaml().readTree(yaml);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? origin : origin + ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw new ConfigException(where + ": malformed YAML: "
                    + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject()) {
            throw new ConfigException(origin + ": expected a YAML mapping with at least 'dataset' and 'scorers'");
        }
        if (root.has("tasks")) {
            List<TaskDefinition> tasks = new ArrayList<>();
            for (JsonNode t : root.get("tasks")) {
                SuiteDefinition inner = t.isTextual() && !t.asText().endsWith(".yaml")
                        ? load(t.asText())
                        : t.isTextual()
                                ? load(baseDir.resolve(t.asText()).toString())
                                : parseSuiteEntry(t, origin, baseDir);
                tasks.addAll(inner.tasks());
            }
            return new SuiteDefinition(text(root, "name", origin), text(root, "description", ""), tasks);
        }
        TaskDefinition task = task(root, origin, baseDir);
        return new SuiteDefinition(task.name(), task.description(), List.of(task));
    }

    private static SuiteDefinition parseSuiteEntry(JsonNode t, String origin, Path baseDir) {
        TaskDefinition task = task(t, origin, baseDir);
        return new SuiteDefinition(task.name(), task.description(), List.of(task));
    }

    static TaskDefinition task(JsonNode root, String origin, Path baseDir) {
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!TASK_KEYS.contains(key)) {
                throw new ConfigException(origin + ": unknown key '" + key + "'; expected one of " + TASK_KEYS);
            }
        }
        if (!root.hasNonNull("dataset")) {
            throw new ConfigException(origin + ": a task needs 'dataset'");
        }
        List<Spec> scorers = specs(root.get("scorers"), origin, "scorers");
        if (scorers.isEmpty()) {
            throw new ConfigException(origin + ": a task needs at least one scorer under 'scorers'");
        }
        int epochs = root.path("epochs").asInt(1);
        return new TaskDefinition(
                text(root, "name", origin.replaceAll(".*/", "").replaceAll("\\.ya?ml$", "")),
                text(root, "description", ""),
                root.get("dataset").asText(),
                strings(root.get("fields"), origin, "fields"),
                text(root, "system-prompt", ""),
                specs(root.get("solvers"), origin, "solvers"),
                scorers,
                text(root, "target", ""),
                epochs,
                text(root, "reducer", "mean"),
                strings(root.get("filter"), origin, "filter"),
                baseDir);
    }

    private static String text(JsonNode node, String key, String fallback) {
        JsonNode v = node.get(key);
        return v == null || v.isNull() ? fallback : v.asText();
    }

    private static Map<String, String> strings(JsonNode node, String origin, String key) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isObject()) {
            throw new ConfigException(origin + ": '" + key + "' must be a mapping of names to values");
        }
        node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /** A list whose entries are spec strings ({@code regex:pattern=x}) or mappings ({@code {name: regex, pattern: x}}). */
    static List<Spec> specs(JsonNode node, String origin, String key) {
        List<Spec> out = new ArrayList<>();
        if (node == null || node.isNull()) {
            return out;
        }
        if (!node.isArray()) {
            throw new ConfigException(origin + ": '" + key + "' must be a list");
        }
        for (JsonNode item : node) {
            if (item.isTextual()) {
                out.add(Spec.parse(item.asText()));
            } else if (item.isObject() && item.hasNonNull("name")) {
                Map<String, String> params = new LinkedHashMap<>();
                item.fields().forEachRemaining(e -> {
                    if (!e.getKey().equals("name")) {
                        params.put(e.getKey(), e.getValue().asText());
                    }
                });
                out.add(Spec.of(item.get("name").asText(), params));
            } else {
                throw new ConfigException(
                        origin + ": each entry of '" + key + "' must be a name or a mapping with 'name'");
            }
        }
        return out;
    }
}
