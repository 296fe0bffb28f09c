package sg.assay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import sg.assay.json.Json;

/**
 * {@code POST /v1/messages}: Anthropic's Messages API. Needs {@code anthropic-version}, {@code max_tokens} and
 * user/assistant messages with the system prompt at the top level; {@code mock-content-filter} answers with
 * {@code stop_reason: refusal}. A forced {@code tool_choice} gets a {@code tool_use} block whose input is built from
 * the tool's input schema ({@link SchemaAnswer}).
 */
final class AnthropicMessages {
    private final Responder responder;
    private final AtomicLong ids = new AtomicLong();

    AnthropicMessages(Responder responder) {
        this.responder = responder;
    }

    Reply create(JsonNode body, boolean versionGiven) {
        if (!versionGiven) {
            throw ApiError.invalid("anthropic-version", "anthropic-version: header is required");
        }
        String model = ChatCall.model(body);
        if (!body.path("max_tokens").canConvertToInt()
                || body.path("max_tokens").asInt() < 1) {
            throw ApiError.invalid("max_tokens", "max_tokens: Field required");
        }
        Behaviour behaviour = Behaviour.forModel(model)
                .orElseThrow(() -> new ApiError(404, "not_found_error", null, null, "model: " + model));
        List<Turn> turns = turns(body.path("messages"));
        JsonNode forced = forcedTool(body.path("tools"), body.path("tool_choice"));
        Answer answer = responder.answer(behaviour, Turn.lastUser(turns));
        List<String> tokens = ChatWire.split(answer.text());
        String stop = "end_turn";
        boolean filtered =
                answer.kind() == Answer.Kind.FILTERED_PROMPT || answer.kind() == Answer.Kind.FILTERED_COMPLETION;
        ObjectNode use = null;
        if (filtered) {
            tokens = List.of();
            stop = "refusal";
        } else if (!forced.isMissingNode()) {
            JsonNode input = SchemaAnswer.of(forced.path("input_schema"), answer.text(), Turn.lastUser(turns));
            use = Json.mapper().createObjectNode().put("type", "tool_use");
            use.put("id", "toolu_mock" + Responder.digest(Turn.lastUser(turns)))
                    .put("name", forced.path("name").asText());
            use.set("input", input);
            tokens = ChatWire.split(Json.write(input));
            stop = "tool_use";
        } else if (tokens.size() > body.path("max_tokens").asInt()) {
            tokens = tokens.subList(0, body.path("max_tokens").asInt());
            stop = "max_tokens";
        }
        int system = Turn.tokens(List.of(new Turn("system", Turn.text(body.path("system")))));
        ObjectNode r = Json.mapper().createObjectNode();
        r.put("id", "msg_mock" + ids.incrementAndGet()).put("type", "message").put("role", "assistant");
        r.put("model", ChatCompletions.snapshot(model));
        ArrayNode content = r.putArray("content");
        if (use != null) {
            content.add(use);
        } else if (!tokens.isEmpty()) {
            content.addObject().put("type", "text").put("text", String.join("", tokens));
        }
        r.put("stop_reason", stop).putNull("stop_sequence");
        r.putObject("usage")
                .put("input_tokens", Turn.tokens(turns) + system)
                .put("output_tokens", tokens.size())
                .put("cache_creation_input_tokens", 0)
                .put("cache_read_input_tokens", 0);
        return Reply.Json.ok(r);
    }

    /**
     * The tool that {@code tool_choice} forces ({@code {"type": "tool", "name"}}, or {@code {"type": "any"}}: the
     * first), or a missing node when the model may answer in text; malformed tools are a 400 as Anthropic answers.
     */
    static JsonNode forcedTool(JsonNode tools, JsonNode choice) {
        if (!tools.isMissingNode() && !tools.isArray()) {
            throw ApiError.invalid("tools", "tools: Input should be a valid list");
        }
        for (int i = 0; i < tools.size(); i++) {
            JsonNode t = tools.get(i);
            if (!t.path("name").isTextual() || t.path("name").asText().isBlank()) {
                throw ApiError.invalid("tools", "tools." + i + ".name: Field required");
            }
            if (!t.path("input_schema").isObject()
                    || !t.path("input_schema").path("type").asText().equals("object")) {
                throw ApiError.invalid("tools", "tools." + i + ".input_schema: Input schema must have type 'object'");
            }
        }
        String type = choice.path("type").asText("auto");
        switch (type) {
            case "auto", "none" -> {
                return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
            }
            case "any" -> {
                if (tools.isEmpty()) {
                    throw ApiError.invalid("tool_choice", "tool_choice: 'any' requires tools to be provided");
                }
                return tools.get(0);
            }
            case "tool" -> {
                String name = choice.path("name").asText("");
                for (JsonNode t : tools) {
                    if (t.path("name").asText().equals(name)) {
                        return t;
                    }
                }
                throw ApiError.invalid("tool_choice", "tool_choice: Tool '" + name + "' not found in tools");
            }
            default ->
                throw ApiError.invalid(
                        "tool_choice",
                        "tool_choice.type: Input tag '" + type + "' does not match 'auto', 'any',"
                                + " 'tool' or 'none'");
        }
    }

    private static List<Turn> turns(JsonNode messages) {
        if (!messages.isArray() || messages.isEmpty()) {
            throw ApiError.invalid("messages", "messages: Field required");
        }
        List<Turn> turns = new ArrayList<>();
        for (JsonNode m : messages) {
            String role = m.path("role").asText("");
            if (!role.equals("user") && !role.equals("assistant")) {
                throw ApiError.invalid(
                        "messages",
                        "messages: Unexpected role \"" + role + "\". The Messages API accepts a top-level `system`"
                                + " parameter, not \"system\" as an input message role.");
            }
            turns.add(new Turn(role, Turn.text(m.path("content"))));
        }
        return turns;
    }
}
