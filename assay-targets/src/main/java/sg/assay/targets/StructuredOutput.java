package sg.assay.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import sg.assay.json.Json;
import sg.assay.target.TargetResponse;

/**
 * A requested JSON Schema ({@link sg.assay.target.GenerateConfig#responseSchema()}) as the providers' structured-output
 * parameters: OpenAI's {@code json_schema} response format (strict when the schema allows it) and Anthropic's forced
 * tool. Every answer to a request with a schema says in its metadata ({@link #META}) how the schema was honoured.
 */
public final class StructuredOutput {
    /** The response metadata key: {@code json_schema-strict}, {@code json_schema}, {@code tool} or {@code none}. */
    public static final String META = sg.assay.target.GenerateConfig.STRUCTURED_OUTPUT_META;

    /** The schema's name on the wire (OpenAI's format name, Anthropic's tool name). */
    public static final String NAME = "answer";

    private final JsonNode schema;
    private final boolean strict;

    private StructuredOutput(JsonNode schema) {
        this.schema = schema;
        this.strict = strictCompatible(schema);
    }

    /** The schema of the request, when it has one that is a JSON object; an unreadable schema is not sent. */
    public static Optional<StructuredOutput> of(Optional<String> schemaText) {
        if (schemaText.isEmpty()) {
            return Optional.empty();
        }
        try {
            JsonNode node = Json.mapper().readTree(schemaText.get());
            return node != null && node.isObject() ? Optional.of(new StructuredOutput(node)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public JsonNode schema() {
        return schema;
    }

    /** Whether OpenAI's strict mode accepts the schema: every object closed and all its properties required. */
    public boolean strict() {
        return strict;
    }

    /** What the metadata says when the OpenAI response format was sent. */
    public String jsonSchemaWord() {
        return strict ? "json_schema-strict" : "json_schema";
    }

    /** Chat Completions' {@code response_format}: {@code {type: json_schema, json_schema: {name, schema, strict}}}. */
    public ObjectNode chatResponseFormat() {
        ObjectNode format = Json.mapper().createObjectNode().put("type", "json_schema");
        ObjectNode inner = format.putObject("json_schema").put("name", NAME);
        inner.set("schema", schema.deepCopy());
        inner.put("strict", strict);
        return format;
    }

    /** The Responses API's {@code text.format}: {@code {type: json_schema, name, schema, strict}}. */
    public ObjectNode responsesFormat() {
        ObjectNode format =
                Json.mapper().createObjectNode().put("type", "json_schema").put("name", NAME);
        format.set("schema", schema.deepCopy());
        format.put("strict", strict);
        return format;
    }

    /** Anthropic's forced tool: {@code {name, description, input_schema}}. */
    public ObjectNode anthropicTool() {
        ObjectNode tool = Json.mapper()
                .createObjectNode()
                .put("name", NAME)
                .put("description", "Record the answer: a JSON object matching the input schema.");
        tool.set("input_schema", schema.deepCopy());
        return tool;
    }

    /**
     * Whether a 400 answer says the server does not take a JSON-Schema response format (it names
     * {@code response_format}, {@code json_schema} or the Responses API's {@code text.format}).
     */
    public static boolean rejected(HttpReply reply) {
        if (reply.status() != 400) {
            return false;
        }
        JsonNode error = ErrorMapper.errorNode(reply).orElse(Json.mapper().createObjectNode());
        String text =
                (error.path("message").asText("") + " " + error.path("param").asText("")).toLowerCase(Locale.ROOT);
        if (text.isBlank()) {
            text = new String(reply.body(), java.nio.charset.StandardCharsets.UTF_8).toLowerCase(Locale.ROOT);
        }
        return text.contains("response_format") || text.contains("json_schema") || text.contains("text.format");
    }

    /** The response with {@link #META} set. */
    public static TargetResponse mark(TargetResponse r, String word) {
        Map<String, String> meta = new java.util.HashMap<>(r.metadata());
        meta.put(META, word);
        return new TargetResponse(r.message(), r.usage(), r.model(), r.responseId(), r.finishReason(), meta);
    }

    static boolean strictCompatible(JsonNode node) {
        if (!node.isObject()) {
            return true;
        }
        JsonNode props = node.path("properties");
        if (props.isObject() || node.path("type").asText("").equals("object")) {
            if (!node.path("additionalProperties").isBoolean()
                    || node.path("additionalProperties").asBoolean()) {
                return false;
            }
            Set<String> required = new HashSet<>();
            node.path("required").forEach(r -> required.add(r.asText()));
            for (var e : props.properties()) {
                if (!required.contains(e.getKey()) || !strictCompatible(e.getValue())) {
                    return false;
                }
            }
        }
        java.util.List<JsonNode> children = new java.util.ArrayList<>();
        JsonNode items = node.path("items");
        if (items.isObject()) {
            children.add(items);
        } else {
            items.forEach(children::add);
        }
        node.path("anyOf").forEach(children::add);
        node.path("$defs").forEach(children::add);
        node.path("definitions").forEach(children::add);
        return children.stream().allMatch(StructuredOutput::strictCompatible);
    }
}
