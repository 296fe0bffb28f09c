package sg.assay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Optional;
import sg.assay.json.Json;

/** A tool call the mock decides to make: the function's name and its JSON arguments as text. */
record ToolUse(String id, String name, String arguments) {

    /**
     * The call to make, if any: when tools are offered, {@code tool_choice} is not {@code none}, the last message is
     * not a tool result, and either {@code tool_choice} forces a call or the model is {@code mock-tools}.
     */
    static Optional<ToolUse> decide(ChatCall call, long seq) {
        JsonNode tools = call.tools();
        JsonNode choice = call.toolChoice();
        if (!tools.isArray() || tools.isEmpty() || choice.asText("").equals("none") || call.lastIsToolResult()) {
            return Optional.empty();
        }
        String named = choice.path("function").path("name").asText("");
        boolean forced = choice.asText("").equals("required") || !named.isEmpty();
        if (!forced && call.behaviour() != Behaviour.TOOLS) {
            return Optional.empty();
        }
        JsonNode fn = tools.get(0).path("function");
        for (JsonNode t : tools) {
            if (t.path("function").path("name").asText().equals(named)) {
                fn = t.path("function");
            }
        }
        String args = Json.write(arguments(fn.path("parameters"), call.prompt()));
        return Optional.of(new ToolUse(
                "call_" + Responder.digest(call.prompt() + seq), fn.path("name").asText("tool"), args));
    }

    /** Arguments that satisfy the schema's required properties: the prompt for strings, 1, true, [] or {}. */
    static ObjectNode arguments(JsonNode schema, String prompt) {
        ObjectNode args = Json.mapper().createObjectNode();
        JsonNode props = schema.path("properties");
        JsonNode required = schema.path("required");
        Iterator<String> names = required.isArray() && !required.isEmpty()
                ? java.util.stream.StreamSupport.stream(required.spliterator(), false)
                        .map(JsonNode::asText)
                        .iterator()
                : props.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            switch (props.path(name).path("type").asText("string")) {
                case "integer", "number" -> args.put(name, 1);
                case "boolean" -> args.put(name, true);
                case "array" -> args.putArray(name);
                case "object" -> args.putObject(name);
                default -> args.put(name, prompt);
            }
        }
        return args;
    }
}
