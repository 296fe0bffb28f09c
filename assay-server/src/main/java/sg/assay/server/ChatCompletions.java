package sg.assay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import sg.assay.json.Json;

/** The Chat Completions service: turns a request body into a completion or a stream of chunks. */
final class ChatCompletions {
    static final String FINGERPRINT = "fp_assay_mock";
    private final Responder responder;
    private final AtomicLong ids = new AtomicLong();

    ChatCompletions(Responder responder) {
        this.responder = responder;
    }

    /** The model name as a response reports it: a dated snapshot of the alias asked for. */
    static String snapshot(String model) {
        return model.matches(".*-\\d{4}-\\d{2}-\\d{2}$") ? model : model + "-2026-01-01";
    }

    Reply complete(JsonNode body, Optional<String> deployment, boolean azure) {
        String model = deployment.orElseGet(() -> ChatCall.model(body));
        ChatCall call = ChatCall.parse(body, model);
        Answer answer = responder.answer(call.behaviour(), call.turns());
        if (answer.kind() == Answer.Kind.FILTERED_PROMPT) {
            throw ContentFilter.promptBlocked();
        }
        long seq = ids.incrementAndGet();
        Optional<ToolUse> tool = ToolUse.decide(call, seq);
        String text = answer.text();
        if (call.lastIsToolResult() && answer.kind() == Answer.Kind.ANSWER) {
            text = "The tool returned: " + call.turns().getLast().text();
        }
        boolean schemaRefusal = call.format().schema().isPresent() && answer.kind() == Answer.Kind.REFUSAL;
        if (call.format().json() && tool.isEmpty() && answer.kind() == Answer.Kind.ANSWER) {
            text = Json.write(inShape(call.format(), text, call.prompt()));
        }
        List<String> tokens = ChatWire.split(tool.isPresent() ? "" : text);
        String finish = "stop";
        if (tokens.size() > call.maxTokens()) {
            tokens = tokens.subList(0, call.maxTokens());
            finish = "length";
        }
        if (tool.isPresent()) {
            finish = "tool_calls";
        } else if (answer.kind() == Answer.Kind.FILTERED_COMPLETION) {
            finish = "content_filter";
        }
        var wire = new ChatWire(
                "chatcmpl-mock" + seq,
                System.currentTimeMillis() / 1000,
                snapshot(model),
                call,
                Turn.tokens(call.turns()),
                azure || call.behaviour() == Behaviour.CONTENT_FILTER,
                answer.kind() == Answer.Kind.FILTERED_COMPLETION,
                answer.firstToken(),
                schemaRefusal && !call.stream() ? text : "");
        return call.stream()
                ? new Reply.Stream(wire.chunks(tokens, tool, finish))
                : Reply.Json.ok(wire.completion(tokens, tool, finish));
    }

    /**
     * The answer in the asked-for JSON shape: the schema's ({@link SchemaAnswer}), or {@code {"answer": text}} for
     * {@code json_object}.
     */
    static JsonNode inShape(ResponseFormat format, String text, String prompt) {
        return format.schema()
                .map(s -> SchemaAnswer.of(s, text, prompt))
                .orElseGet(() -> Json.mapper().createObjectNode().put("answer", text));
    }

    /** {@code GET /v1/models}: the scripted models. */
    static Reply models() {
        ObjectNode root = Json.mapper().createObjectNode().put("object", "list");
        ArrayNode data = root.putArray("data");
        for (String m : Behaviour.LISTED) {
            data.add(model(m));
        }
        return Reply.Json.ok(root);
    }

    static ObjectNode model(String id) {
        return Json.mapper()
                .createObjectNode()
                .put("id", id)
                .put("object", "model")
                .put("created", 1_767_225_600L)
                .put("owned_by", "assay");
    }
}
