package sg.assay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import sg.assay.json.Json;

/**
 * {@code POST /v1/responses}: OpenAI's Responses API, non-streaming and streaming with text deltas; a
 * {@code text.format} of {@code json_schema} gets an answer in the schema's shape.
 */
final class Responses {
    private final Responder responder;
    private final AtomicLong ids = new AtomicLong();

    Responses(Responder responder) {
        this.responder = responder;
    }

    Reply respond(JsonNode body) {
        String model = ChatCall.model(body);
        Behaviour behaviour = Behaviour.forModel(model).orElseThrow(() -> ChatCall.notFound(model));
        List<Turn> turns = turns(body);
        if (behaviour == Behaviour.REASONING && body.has("temperature")) {
            throw new ApiError(
                    400,
                    "invalid_request_error",
                    "unsupported_parameter",
                    "temperature",
                    "Unsupported parameter: 'temperature' is not supported with this model.");
        }
        ResponseFormat format = ResponseFormat.responses(body.path("text").path("format"));
        Answer answer = responder.answer(behaviour, Turn.lastUser(turns));
        if (answer.kind() == Answer.Kind.FILTERED_PROMPT) {
            throw ContentFilter.promptBlocked();
        }
        String text = format.json() && answer.kind() == Answer.Kind.ANSWER
                ? Json.write(ChatCompletions.inShape(format, answer.text(), Turn.lastUser(turns)))
                : answer.text();
        List<String> tokens = ChatWire.split(text);
        int max = body.path("max_output_tokens").asInt(Integer.MAX_VALUE);
        String incomplete = answer.kind() == Answer.Kind.FILTERED_COMPLETION ? "content_filter" : "";
        if (tokens.size() > max) {
            tokens = tokens.subList(0, max);
            incomplete = "max_output_tokens";
        }
        ObjectNode response = response(body, model, tokens, incomplete, Turn.tokens(turns));
        if (!body.path("stream").asBoolean(false)) {
            return Reply.Json.ok(response);
        }
        return new Reply.Stream(events(response, tokens));
    }

    private static List<Turn> turns(JsonNode body) {
        List<Turn> turns = new ArrayList<>();
        if (body.path("instructions").isTextual()) {
            turns.add(new Turn("system", body.path("instructions").asText()));
        }
        JsonNode input = body.path("input");
        if (input.isTextual()) {
            turns.add(new Turn("user", input.asText()));
        } else if (input.isArray() && !input.isEmpty()) {
            for (JsonNode item : input) {
                turns.add(new Turn(item.path("role").asText("user"), Turn.text(item.path("content"))));
            }
        } else {
            throw ApiError.missing("input");
        }
        return turns;
    }

    private ObjectNode response(JsonNode body, String model, List<String> tokens, String incomplete, int inTokens) {
        long seq = ids.incrementAndGet();
        ObjectNode r = Json.mapper().createObjectNode();
        r.put("id", "resp_mock" + seq).put("object", "response").put("created_at", System.currentTimeMillis() / 1000);
        r.put("status", incomplete.isEmpty() ? "completed" : "incomplete").putNull("error");
        if (incomplete.isEmpty()) {
            r.putNull("incomplete_details");
        } else {
            r.putObject("incomplete_details").put("reason", incomplete);
        }
        r.set("instructions", body.path("instructions").isTextual() ? body.path("instructions") : r.nullNode());
        r.put("model", ChatCompletions.snapshot(model));
        ObjectNode msg = r.putArray("output").addObject();
        msg.put("type", "message")
                .put("id", "msg_mock" + seq)
                .put("status", "completed")
                .put("role", "assistant");
        ObjectNode part = msg.putArray("content").addObject().put("type", "output_text");
        part.put("text", String.join("", tokens)).putArray("annotations");
        r.put("parallel_tool_calls", true)
                .put("tool_choice", "auto")
                .put("temperature", 1.0)
                .put("top_p", 1.0);
        r.putArray("tools");
        r.putObject("metadata");
        ObjectNode u = r.putObject("usage").put("input_tokens", inTokens);
        u.putObject("input_tokens_details").put("cached_tokens", 0).put("cache_write_tokens", 0);
        u.put("output_tokens", tokens.size());
        u.putObject("output_tokens_details").put("reasoning_tokens", 0);
        u.put("total_tokens", inTokens + tokens.size());
        return r;
    }

    private static List<String> events(ObjectNode response, List<String> tokens) {
        List<String> events = new ArrayList<>();
        int seq = 0;
        ObjectNode created = response.deepCopy().put("status", "in_progress");
        events.add(event("response.created", Json.mapper().createObjectNode().put("sequence_number", seq++), created));
        for (String t : tokens) {
            ObjectNode d = Json.mapper().createObjectNode().put("type", "response.output_text.delta");
            d.put("sequence_number", seq++)
                    .put("item_id", response.path("output").get(0).path("id").asText());
            d.put("output_index", 0).put("content_index", 0).put("delta", t);
            events.add("event: response.output_text.delta\ndata: " + Json.write(d) + "\n\n");
        }
        events.add(event("response.completed", Json.mapper().createObjectNode().put("sequence_number", seq), response));
        return events;
    }

    private static String event(String type, ObjectNode envelope, ObjectNode response) {
        envelope.put("type", type).set("response", response);
        return "event: " + type + "\ndata: " + Json.write(envelope) + "\n\n";
    }
}
