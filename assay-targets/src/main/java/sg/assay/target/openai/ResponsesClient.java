package sg.assay.target.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import sg.assay.json.Json;
import sg.assay.message.AssistantMessage;
import sg.assay.message.Message;
import sg.assay.message.Part;
import sg.assay.message.SystemMessage;
import sg.assay.message.ToolCall;
import sg.assay.message.ToolMessage;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.NonRetriableTargetException.Scope;
import sg.assay.target.ProviderBlockedException;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;
import sg.assay.targets.ErrorMapper;
import sg.assay.targets.HttpReply;
import sg.assay.targets.StructuredOutput;
import sg.assay.targets.Transport;

/**
 * OpenAI's Responses API ({@code POST /responses}), stateless: the whole conversation is sent with every call. A
 * requested answer schema is sent as {@code text.format}; a server that rejects it is asked again without it, and not
 * asked with one again.
 */
final class ResponsesClient {
    private final Transport transport;
    private final URI url;
    private final Supplier<Map<String, String>> headers;
    private final String model;
    private final boolean reasoning;
    private final ErrorMapper errors;
    private final java.util.concurrent.atomic.AtomicBoolean sendSchema =
            new java.util.concurrent.atomic.AtomicBoolean(true);

    ResponsesClient(
            Transport transport,
            URI url,
            Supplier<Map<String, String>> headers,
            String model,
            boolean reasoning,
            ErrorMapper errors) {
        this.transport = transport;
        this.url = url;
        this.headers = headers;
        this.model = model;
        this.reasoning = reasoning;
        this.errors = errors;
    }

    TargetResponse generate(TargetRequest request) {
        Optional<StructuredOutput> schema = StructuredOutput.of(request.config().responseSchema());
        for (int attempt = 0; ; attempt++) {
            boolean structured = schema.isPresent() && sendSchema.get();
            ObjectNode root = request(request);
            if (structured) {
                root.putObject("text").set("format", schema.get().responsesFormat());
            }
            byte[] body = Json.write(root).getBytes(StandardCharsets.UTF_8);
            HttpReply reply =
                    transport.post(url, headers.get(), body, request.config().timeout());
            if (reply.ok()) {
                TargetResponse r = response(reply.json(transport.who()), transport.who());
                return schema.isEmpty()
                        ? r
                        : StructuredOutput.mark(r, structured ? schema.get().jsonSchemaWord() : "none");
            }
            if (structured && attempt == 0 && StructuredOutput.rejected(reply)) {
                sendSchema.set(false);
                continue;
            }
            throw errors.map(reply, transport.who(), transport.where(url), transport.redactor());
        }
    }

    ObjectNode request(TargetRequest request) {
        ObjectNode root = Json.mapper().createObjectNode().put("model", model).put("store", false);
        StringBuilder instructions = new StringBuilder();
        ArrayNode input = root.putArray("input");
        for (Message m : request.messages()) {
            switch (m) {
                case SystemMessage s ->
                    instructions.append(instructions.isEmpty() ? "" : "\n").append(s.text());
                case ToolMessage t ->
                    input.addObject()
                            .put("type", "function_call_output")
                            .put("call_id", t.callId())
                            .put("output", t.content());
                case AssistantMessage a -> {
                    if (!a.text().isEmpty()) {
                        input.addObject().put("role", "assistant").put("content", a.text());
                    }
                    for (ToolCall c : a.toolCalls()) {
                        input.addObject()
                                .put("type", "function_call")
                                .put("call_id", c.id())
                                .put("name", c.name())
                                .put("arguments", c.arguments());
                    }
                }
                default -> input.addObject().put("role", m.role()).put("content", m.text());
            }
        }
        if (!instructions.isEmpty()) {
            root.put("instructions", instructions.toString());
        }
        request.config().maxTokens().ifPresent(n -> root.put("max_output_tokens", n));
        if (!reasoning) {
            request.config().temperature().ifPresent(t -> root.put("temperature", t));
        }
        return root;
    }

    static TargetResponse response(JsonNode r, String who) {
        String status = r.path("status").asText("");
        String incomplete = r.path("incomplete_details").path("reason").asText("");
        if (incomplete.equals("content_filter")) {
            throw new ProviderBlockedException("content_filter", Json.write(r.path("incomplete_details")));
        }
        if (status.equals("failed")) {
            throw new NonRetriableTargetException(
                    who + " failed the response: "
                            + r.path("error").path("message").asText("no reason given"),
                    Scope.SAMPLE);
        }
        StringBuilder text = new StringBuilder();
        List<ToolCall> calls = new ArrayList<>();
        for (JsonNode item : r.path("output")) {
            if (item.path("type").asText().equals("function_call")) {
                calls.add(new ToolCall(
                        item.path("call_id").asText(),
                        item.path("name").asText(),
                        item.path("arguments").asText("{}")));
            }
            for (JsonNode part : item.path("content")) {
                JsonNode t = part.has("text") ? part.path("text") : part.path("refusal");
                text.append(t.asText(""));
            }
        }
        List<Part> parts = text.isEmpty() ? List.of() : List.of(new Part.Text(text.toString()));
        JsonNode u = r.path("usage");
        return new TargetResponse(
                new AssistantMessage(parts, calls),
                new Usage(
                        u.path("input_tokens").asLong(0),
                        u.path("output_tokens").asLong(0),
                        1),
                r.path("model").asText(""),
                r.path("id").asText(""),
                incomplete.isEmpty() ? (calls.isEmpty() ? "stop" : "tool_calls") : incomplete,
                Map.of());
    }
}
