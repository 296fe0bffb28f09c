package sg.assay.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A validated OpenAI response format: plain text, any JSON object, or JSON matching a schema. A malformed one is
 * rejected with HTTP 400 in OpenAI's error shape, naming the parameter, as OpenAI does.
 *
 * @param type {@code text}, {@code json_object} or {@code json_schema}
 * @param schema the schema of a {@code json_schema} format
 */
record ResponseFormat(String type, Optional<JsonNode> schema) {
    static final ResponseFormat TEXT = new ResponseFormat("text", Optional.empty());
    private static final Pattern NAME = Pattern.compile("[a-zA-Z0-9_-]{1,64}");
    private static final Set<String> TYPES = Set.of("text", "json_object", "json_schema");

    /** Chat Completions' {@code response_format}: {@code {type, json_schema: {name, schema, strict}}}. */
    static ResponseFormat chat(JsonNode format) {
        if (format.isMissingNode() || format.isNull()) {
            return TEXT;
        }
        String type = type(format, "response_format");
        return type.equals("json_schema")
                ? schema(format.path("json_schema"), "response_format.json_schema", type)
                : new ResponseFormat(type, Optional.empty());
    }

    /** The Responses API's {@code text.format}: {@code {type, name, schema, strict}}. */
    static ResponseFormat responses(JsonNode format) {
        if (format.isMissingNode() || format.isNull()) {
            return TEXT;
        }
        String type = type(format, "text.format");
        return type.equals("json_schema")
                ? schema(format, "text.format", type)
                : new ResponseFormat(type, Optional.empty());
    }

    boolean json() {
        return !type.equals("text");
    }

    private static String type(JsonNode format, String param) {
        if (!format.isObject()) {
            throw ApiError.invalid(
                    param,
                    "Invalid type for '" + param + "': expected an object, but got "
                            + format.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + " instead.");
        }
        String type = format.path("type").asText("");
        if (!TYPES.contains(type)) {
            throw new ApiError(
                    400,
                    "invalid_request_error",
                    "invalid_value",
                    param + ".type",
                    "Invalid value: '" + type + "'. Supported values are: 'text', 'json_object', and 'json_schema'.");
        }
        return type;
    }

    private static ResponseFormat schema(JsonNode spec, String param, String type) {
        if (!spec.isObject()) {
            throw ApiError.missing(param);
        }
        String name = spec.path("name").asText("");
        if (!spec.path("name").isTextual()) {
            throw ApiError.missing(param + ".name");
        }
        if (!NAME.matcher(name).matches()) {
            throw ApiError.invalid(
                    param + ".name",
                    "Invalid '" + param + ".name': string does not match pattern. Expected a string that matches"
                            + " the pattern '^[a-zA-Z0-9_-]+$' of at most 64 characters.");
        }
        JsonNode schema = spec.path("schema");
        if (spec.has("schema") && !schema.isObject()) {
            throw ApiError.invalid(param + ".schema", "Invalid type for '" + param + ".schema': expected an object.");
        }
        if (spec.path("strict").asBoolean(false)) {
            strict(schema, name, "()");
        }
        return new ResponseFormat(
                type,
                Optional.of(
                        schema.isObject() ? schema : sg.assay.json.Json.mapper().createObjectNode()));
    }

    /** OpenAI's strict-mode rules: every object closed, with all its properties required. */
    private static void strict(JsonNode node, String name, String context) {
        if (!node.isObject()) {
            return;
        }
        JsonNode props = node.path("properties");
        if (props.isObject() || node.path("type").asText("").equals("object")) {
            if (!node.path("additionalProperties").isBoolean()
                    || node.path("additionalProperties").asBoolean()) {
                throw invalidSchema(
                        name, context, "'additionalProperties' is required to be supplied and to be false.");
            }
            Set<String> required = new HashSet<>();
            node.path("required").forEach(r -> required.add(r.asText()));
            for (var e : props.properties()) {
                if (!required.contains(e.getKey())) {
                    throw invalidSchema(
                            name,
                            context,
                            "'required' is required to be supplied and to be an array including every key in"
                                    + " properties. Missing '" + e.getKey() + "'.");
                }
                strict(e.getValue(), name, context.equals("()") ? "('properties', '" + e.getKey() + "')" : context);
            }
        }
        JsonNode items = node.path("items");
        if (items.isObject()) {
            strict(items, name, context);
        }
        node.path("anyOf").forEach(c -> strict(c, name, context));
        node.path("$defs").forEach(c -> strict(c, name, context));
    }

    private static ApiError invalidSchema(String name, String context, String problem) {
        return new ApiError(
                400,
                "invalid_request_error",
                "invalid_json_schema",
                "response_format",
                "Invalid schema for response_format '" + name + "': In context=" + context + ", " + problem);
    }
}
