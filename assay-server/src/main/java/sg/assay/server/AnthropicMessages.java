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
 * {@code stop_reason: refusal}.
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
        Answer answer = responder.answer(behaviour, Turn.lastUser(turns));
        List<String> tokens = ChatWire.split(answer.text());
        String stop = "end_turn";
        if (answer.kind() == Answer.Kind.FILTERED_PROMPT || answer.kind() == Answer.Kind.FILTERED_COMPLETION) {
            tokens = List.of();
            stop = "refusal";
        } else if (tokens.size() > body.path("max_tokens").asInt()) {
            tokens = tokens.subList(0, body.path("max_tokens").asInt());
            stop = "max_tokens";
        }
        int system = Turn.tokens(List.of(new Turn("system", Turn.text(body.path("system")))));
        ObjectNode r = Json.mapper().createObjectNode();
        r.put("id", "msg_mock" + ids.incrementAndGet()).put("type", "message").put("role", "assistant");
        r.put("model", ChatCompletions.snapshot(model));
        ArrayNode content = r.putArray("content");
        if (!tokens.isEmpty()) {
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
