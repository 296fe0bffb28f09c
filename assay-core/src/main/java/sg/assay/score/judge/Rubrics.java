package sg.assay.score.judge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sg.assay.AssayException;
import sg.assay.ConfigException;
import sg.assay.json.Json;

/**
 * The rubrics shipped with Assay ({@code rubrics/<id>.yaml} on the class path, listed in {@code rubrics/index.txt})
 * and rubric files given by path.
 */
public final class Rubrics {
    private static final String DIR = "rubrics/";

    private Rubrics() {}

    /** The ids of the bundled rubrics, in index order. */
    public static List<String> bundledIds() {
        List<String> ids = new ArrayList<>();
        for (String line : new String(resource(DIR + "index.txt"), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank() && !line.strip().startsWith("#")) {
                ids.add(line.strip());
            }
        }
        return ids;
    }

    public static List<Rubric> bundled() {
        return bundledIds().stream().map(Rubrics::bundled).toList();
    }

    /** A bundled rubric by id, or an error that lists the known ones. */
    public static Rubric bundled(String id) {
        if (!bundledIds().contains(id)) {
            throw new ConfigException(
                    "rubric '" + id + "' not found; known: " + String.join(", ", bundledIds()) + " (or a .yaml path)");
        }
        return parse(resource(DIR + id + ".yaml"), "rubric " + id);
    }

    /** A rubric named by a bundled id or by the path of a YAML file. */
    public static Rubric resolve(String idOrPath) {
        String lower = idOrPath.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            Path file = Path.of(idOrPath);
            try {
                return parse(Files.readAllBytes(file), file.toString());
            } catch (IOException e) {
                throw new ConfigException("cannot read rubric file " + file + ": " + e.getMessage(), e);
            }
        }
        return bundled(idOrPath);
    }

    /** Reads a rubric from the bytes of its YAML file; the digest is taken over those bytes. */
    public static Rubric parse(byte[] yaml, String origin) {
        JsonNode node;
        try {
            node = Json.yaml().readTree(yaml);
        } catch (IOException e) {
            throw new ConfigException(origin + " is not valid YAML: " + e.getMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new ConfigException(origin + " must be a YAML mapping");
        }
        JsonNode schema = node.path("schema");
        if (!schema.isObject()) {
            throw new ConfigException(origin + " needs a 'schema' mapping (the JSON Schema of the answer)");
        }
        return new Rubric(
                text(node, "id", origin),
                node.path("version").asInt(0),
                text(node, "kind", origin),
                node.path("reasoning_language").asText("en"),
                node.path("description").asText(""),
                node.path("system").asText(""),
                text(node, "template", origin),
                Json.write(schema),
                labels(node.path("labels")),
                digest(yaml));
    }

    private static Map<String, List<String>> labels(JsonNode node) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        node.properties().forEach(e -> {
            List<String> words = new ArrayList<>();
            words.add(e.getKey());
            e.getValue().forEach(w -> words.add(w.asText().strip().toLowerCase(Locale.ROOT)));
            out.put(e.getKey(), words);
        });
        return out;
    }

    private static String text(JsonNode node, String field, String origin) {
        String v = node.path(field).asText("");
        if (v.isBlank()) {
            throw new ConfigException(origin + " needs '" + field + "'");
        }
        return v;
    }

    static String digest(byte[] bytes) {
        try {
            return "sha256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = Rubrics.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new AssayException("bundled resource missing: " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new AssayException("cannot read bundled resource " + name, e);
        }
    }
}
