package sg.assay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A scripted model's answer in a JSON Schema's shape: the same schema and prompt always give the same JSON. Every
 * property is filled in (required or not). An {@code enum} or {@code const} value, a number in its
 * {@code minimum}..{@code maximum} range and a boolean are picked by a digest of the prompt and the property's path,
 * so answers vary across prompts but never between calls; free strings carry the model's scripted text.
 */
final class SchemaAnswer {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 8;

    private SchemaAnswer() {}

    /** The answer: {@code text} is what the model would have said in words, {@code prompt} seeds the choices. */
    static JsonNode of(JsonNode schema, String text, String prompt) {
        return value(schema, schema, text, prompt, "", 0);
    }

    private static JsonNode value(JsonNode root, JsonNode schema, String text, String prompt, String path, int depth) {
        JsonNode s = resolve(root, schema);
        long pick = Responder.fnv(prompt + "#" + path) >>> 1;
        if (s.has("const")) {
            return s.path("const");
        }
        if (s.path("enum").isArray() && !s.path("enum").isEmpty()) {
            return s.path("enum").get((int) (pick % s.path("enum").size()));
        }
        for (String key : new String[] {"anyOf", "oneOf", "allOf"}) {
            if (s.path(key).isArray() && !s.path(key).isEmpty()) {
                return value(root, s.path(key).get(0), text, prompt, path, depth + 1);
            }
        }
        return switch (type(s)) {
            case "object" -> depth >= MAX_DEPTH ? F.objectNode() : object(root, s, text, prompt, path, depth);
            case "array" -> {
                ArrayNode a = F.arrayNode();
                int n = Math.max(0, s.path("minItems").asInt(0));
                for (int i = 0; i < n && depth < MAX_DEPTH; i++) {
                    a.add(value(root, s.path("items"), text, prompt, path + "/" + i, depth + 1));
                }
                yield a;
            }
            case "integer" -> {
                long min = s.path("minimum").asLong(0);
                long max = s.path("maximum").asLong(Math.max(min, min + 9));
                yield F.numberNode(min + pick % (max - min + 1));
            }
            case "number" -> {
                double min = s.path("minimum").asDouble(0);
                double max = s.path("maximum").asDouble(Math.max(min, 1));
                yield F.numberNode(Math.round((min + (max - min) * ((pick % 101) / 100.0)) * 100) / 100.0);
            }
            case "boolean" -> F.booleanNode(pick % 2 == 1);
            case "null" -> F.nullNode();
            default -> F.textNode(text);
        };
    }

    private static ObjectNode object(JsonNode root, JsonNode s, String text, String prompt, String path, int depth) {
        ObjectNode o = F.objectNode();
        Set<String> names = new LinkedHashSet<>();
        s.path("required").forEach(r -> names.add(r.asText()));
        s.path("properties").fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            o.set(name, value(root, s.path("properties").path(name), text, prompt, path + "/" + name, depth + 1));
        }
        return o;
    }

    /** The schema's type; the first non-null one of a list; inferred from its keywords when absent. */
    private static String type(JsonNode s) {
        JsonNode t = s.path("type");
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (!x.asText().equals("null")) {
                    return x.asText();
                }
            }
            return "null";
        }
        if (t.isTextual()) {
            return t.asText();
        }
        return s.has("properties") ? "object" : s.has("items") ? "array" : "string";
    }

    /** A local {@code $ref} ({@code #/$defs/x}) resolved against the root schema. */
    private static JsonNode resolve(JsonNode root, JsonNode s) {
        String ref = s.path("$ref").asText("");
        return ref.startsWith("#") ? root.at(ref.substring(1)) : s;
    }
}
