package sg.assay.target.anthropic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sg.assay.json.Json;
import sg.assay.message.AssistantMessage;
import sg.assay.message.Message;
import sg.assay.message.Part;
import sg.assay.message.SystemMessage;
import sg.assay.message.ToolCall;
import sg.assay.message.ToolMessage;
import sg.assay.message.UserMessage;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.NonRetriableTargetException.Scope;
import sg.assay.target.ProviderBlockedException;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;
import sg.assay.targets.StructuredOutput;

/** Maps between Assay's requests and responses and the Messages API wire format: the one mapper for it. */
final class AnthropicMapper {
    private AnthropicMapper() {}

    static ObjectNode request(TargetRequest request, String model, int defaultMaxTokens) {
        ObjectNode root = Json.mapper().createObjectNode().put("model", model);
        root.put("max_tokens", request.config().maxTokens().orElse(defaultMaxTokens));
        StringBuilder system = new StringBuilder();
        ArrayNode messages = Json.mapper().createArrayNode();
        for (Message m : request.messages()) {
            if (m instanceof SystemMessage s) {
                system.append(system.isEmpty() ? "" : "\n").append(s.text());
                continue;
            }
            String role = m instanceof AssistantMessage ? "assistant" : "user";
            ArrayNode content = turn(messages, role);
            blocks(m, content);
        }
        if (!system.isEmpty()) {
            root.put("system", system.toString());
        }
        root.set("messages", messages);
        request.config().temperature().ifPresent(t -> root.put("temperature", Math.min(1.0, Math.max(0.0, t))));
        StructuredOutput.of(request.config().responseSchema()).ifPresent(schema -> {
            root.putArray("tools").add(schema.anthropicTool());
            root.putObject("tool_choice").put("type", "tool").put("name", StructuredOutput.NAME);
        });
        return root;
    }

    /**
     * The answer to a request with a schema: the forced tool's input becomes the answer's text, as JSON, and is not
     * kept as a tool call; the metadata says {@code tool}, or {@code none} when the model answered in text.
     */
    static TargetResponse structured(TargetResponse r) {
        List<ToolCall> others = new ArrayList<>();
        String json = "";
        for (ToolCall c : r.message().toolCalls()) {
            if (json.isEmpty() && c.name().equals(StructuredOutput.NAME)) {
                json = c.arguments();
            } else {
                others.add(c);
            }
        }
        if (json.isEmpty()) {
            return StructuredOutput.mark(r, "none");
        }
        AssistantMessage m = new AssistantMessage(List.of(new Part.Text(json)), others);
        return StructuredOutput.mark(
                new TargetResponse(m, r.usage(), r.model(), r.responseId(), r.finishReason(), r.metadata()), "tool");
    }

    /** The content array of the last message when it has this role, else of a new message: roles alternate. */
    private static ArrayNode turn(ArrayNode messages, String role) {
        if (!messages.isEmpty()
                && messages.get(messages.size() - 1).path("role").asText().equals(role)) {
            return (ArrayNode) messages.get(messages.size() - 1).path("content");
        }
        ObjectNode m = messages.addObject().put("role", role);
        return m.putArray("content");
    }

    private static void blocks(Message m, ArrayNode content) {
        switch (m) {
            case UserMessage u -> {
                for (Part p : u.parts()) {
                    switch (p) {
                        case Part.Text t ->
                            content.addObject().put("type", "text").put("text", t.text());
                        case Part.Image i -> image(content.addObject().put("type", "image"), i);
                    }
                }
            }
            case AssistantMessage a -> {
                if (!a.text().isEmpty()) {
                    content.addObject().put("type", "text").put("text", a.text());
                }
                for (ToolCall c : a.toolCalls()) {
                    ObjectNode use = content.addObject()
                            .put("type", "tool_use")
                            .put("id", c.id())
                            .put("name", c.name());
                    use.set("input", arguments(c.arguments()));
                }
            }
            case ToolMessage t ->
                content.addObject()
                        .put("type", "tool_result")
                        .put("tool_use_id", t.callId())
                        .put("content", t.content())
                        .put("is_error", t.error());
            case SystemMessage s -> content.addObject().put("type", "text").put("text", s.text());
        }
    }

    private static void image(ObjectNode block, Part.Image i) {
        ObjectNode source = block.putObject("source");
        String url = i.url();
        int comma = url.indexOf(',');
        if (url.startsWith("data:") && comma > 0) {
            source.put("type", "base64").put("media_type", i.mediaType()).put("data", url.substring(comma + 1));
        } else {
            source.put("type", "url").put("url", url);
        }
    }

    private static JsonNode arguments(String json) {
        try {
            JsonNode n = Json.mapper().readTree(json);
            return n != null && n.isObject() ? n : Json.mapper().createObjectNode();
        } catch (java.io.IOException e) {
            return Json.mapper().createObjectNode();
        }
    }

    static TargetResponse response(JsonNode r, String who) {
        String stop = r.path("stop_reason").asText("");
        if (stop.equals("refusal")) {
            ObjectNode details = Json.mapper().createObjectNode().put("stop_reason", stop);
            details.set("content", r.path("content"));
            throw new ProviderBlockedException("refusal", Json.write(details));
        }
        if (!r.path("content").isArray()) {
            throw new NonRetriableTargetException("answer from " + who + " has no content", Scope.SAMPLE);
        }
        StringBuilder text = new StringBuilder();
        List<ToolCall> calls = new ArrayList<>();
        for (JsonNode block : r.path("content")) {
            switch (block.path("type").asText()) {
                case "text" -> text.append(block.path("text").asText(""));
                case "tool_use" ->
                    calls.add(new ToolCall(
                            block.path("id").asText(), block.path("name").asText(), Json.write(block.path("input"))));
                default -> {}
            }
        }
        JsonNode u = r.path("usage");
        List<Part> parts = text.isEmpty() ? List.of() : List.of(new Part.Text(text.toString()));
        return new TargetResponse(
                new AssistantMessage(parts, calls),
                new Usage(
                        u.path("input_tokens").asLong(0),
                        u.path("output_tokens").asLong(0),
                        1),
                r.path("model").asText(""),
                r.path("id").asText(""),
                stop,
                Map.of());
    }
}
