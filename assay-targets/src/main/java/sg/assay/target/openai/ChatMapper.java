package sg.assay.target.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import sg.assay.json.Json;
import sg.assay.message.AssistantMessage;
import sg.assay.message.Message;
import sg.assay.message.Part;
import sg.assay.message.SystemMessage;
import sg.assay.message.ToolCall;
import sg.assay.message.ToolMessage;
import sg.assay.message.UserMessage;
import sg.assay.target.GenerateConfig;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.NonRetriableTargetException.Scope;
import sg.assay.target.ProviderBlockedException;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;

/** Maps between Assay's requests and responses and the Chat Completions wire format: the one mapper for it. */
final class ChatMapper {
    private ChatMapper() {}

    /**
     * The request body. {@code completionTokensField} picks {@code max_completion_tokens} over {@code max_tokens};
     * {@code temperature} is sent only when the caller set one and the model takes it; {@code format} is the
     * {@code response_format}, when one is to be sent.
     */
    static ChatWire.Request request(
            List<Message> messages,
            GenerateConfig config,
            @Nullable String model,
            boolean completionTokensField,
            boolean sendTemperature,
            boolean stream,
            @Nullable JsonNode format) {
        List<ChatWire.Message> wire = new ArrayList<>(messages.size());
        for (Message m : messages) {
            wire.add(message(m));
        }
        Integer max = config.maxTokens().isPresent() ? config.maxTokens().getAsInt() : null;
        Double temperature = sendTemperature && config.temperature().isPresent()
                ? config.temperature().getAsDouble()
                : null;
        return new ChatWire.Request(
                model,
                wire,
                completionTokensField ? null : max,
                completionTokensField ? max : null,
                temperature,
                stream ? Boolean.TRUE : null,
                stream ? new ChatWire.StreamOptions(true) : null,
                format);
    }

    static ChatWire.Message message(Message m) {
        return switch (m) {
            case SystemMessage s -> new ChatWire.Message("system", s.text(), null, null);
            case UserMessage u -> new ChatWire.Message("user", content(u.parts()), null, null);
            case AssistantMessage a ->
                new ChatWire.Message(
                        "assistant",
                        a.parts().isEmpty() && !a.toolCalls().isEmpty() ? null : a.text(),
                        a.toolCalls().isEmpty() ? null : toolCalls(a.toolCalls()),
                        null);
            case ToolMessage t -> new ChatWire.Message("tool", t.content(), null, t.callId());
        };
    }

    private static Object content(List<Part> parts) {
        boolean textOnly = parts.stream().allMatch(p -> p instanceof Part.Text);
        if (textOnly) {
            return Message.joinText(parts);
        }
        List<ChatWire.ContentPart> out = new ArrayList<>();
        for (Part p : parts) {
            out.add(
                    switch (p) {
                        case Part.Text t -> new ChatWire.ContentPart("text", t.text(), null);
                        case Part.Image i ->
                            new ChatWire.ContentPart("image_url", null, new ChatWire.ImageUrl(i.url()));
                    });
        }
        return out;
    }

    private static List<ChatWire.ToolCall> toolCalls(List<ToolCall> calls) {
        List<ChatWire.ToolCall> out = new ArrayList<>();
        for (ToolCall c : calls) {
            out.add(new ChatWire.ToolCall(c.id(), "function", new ChatWire.Function(c.name(), c.arguments())));
        }
        return out;
    }

    /** The response; a {@code content_filter} finish is a provider block that keeps Azure's filter verdicts. */
    static TargetResponse response(ChatWire.Completion c, String who) {
        List<ChatWire.Choice> choices = c.choices();
        if (choices == null || choices.isEmpty()) {
            throw new NonRetriableTargetException("answer from " + who + " has no choices", Scope.SAMPLE);
        }
        ChatWire.Choice choice = choices.getFirst();
        String finish = choice.finishReason() == null ? "" : choice.finishReason();
        String filters = filterResults(c.promptFilterResults(), choice.contentFilterResults());
        if (finish.equals("content_filter")) {
            throw new ProviderBlockedException("content_filter", filters);
        }
        ChatWire.AnswerMessage m = choice.message();
        if (m == null) {
            throw new NonRetriableTargetException("answer from " + who + " has no message", Scope.SAMPLE);
        }
        Map<String, String> metadata = new HashMap<>();
        if (c.systemFingerprint() != null) {
            metadata.put("system_fingerprint", c.systemFingerprint());
        }
        if (!filters.equals("{}")) {
            metadata.put("content_filter", filters);
        }
        String text = m.content() == null ? "" : m.content();
        if (m.refusal() != null && !m.refusal().isEmpty()) {
            metadata.put("refusal", "true");
            text = m.refusal();
        }
        List<ToolCall> calls = calls(m.toolCalls());
        List<Part> parts = text.isEmpty() ? List.of() : List.of(new Part.Text(text));
        return new TargetResponse(
                new AssistantMessage(parts, calls),
                usage(c.usage()),
                c.model() == null ? "" : c.model(),
                c.id() == null ? "" : c.id(),
                finish,
                metadata);
    }

    private static List<ToolCall> calls(@Nullable List<ChatWire.ToolCall> wire) {
        List<ToolCall> calls = new ArrayList<>();
        if (wire != null) {
            for (ChatWire.ToolCall t : wire) {
                ChatWire.Function f = t.function();
                calls.add(new ToolCall(
                        String.valueOf(t.id()),
                        f == null ? "" : String.valueOf(f.name()),
                        f == null || f.arguments() == null ? "{}" : f.arguments()));
            }
        }
        return calls;
    }

    private static Usage usage(ChatWire.@Nullable Usage u) {
        if (u == null) {
            return new Usage(0, 0, 1);
        }
        long in = u.promptTokens() == null ? 0 : u.promptTokens();
        long out = u.completionTokens() == null ? 0 : u.completionTokens();
        return new Usage(in, out, 1);
    }

    /** Azure's prompt and completion filter verdicts as one JSON object; {@code {}} when there are none. */
    static String filterResults(@Nullable JsonNode prompt, @Nullable JsonNode completion) {
        boolean noPrompt = prompt == null || prompt.isNull();
        if (noPrompt && (completion == null || completion.isNull())) {
            return "{}"; // what the empty object writes as, without building one for every answer
        }
        ObjectNode details = Json.mapper().createObjectNode();
        if (prompt != null && !prompt.isNull()) {
            details.set("prompt_filter_results", prompt);
        }
        if (completion != null && !completion.isNull()) {
            details.set("content_filter_results", completion);
        }
        return Json.write(details);
    }
}
