package sg.assay.target.openai;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import sg.assay.json.Json;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.NonRetriableTargetException.Scope;
import sg.assay.target.RetriableTargetException;

/**
 * Collects a streamed Chat Completion from its server-sent event lines: content and refusal deltas, tool call
 * fragments by index, the finish reason, usage (with {@code include_usage}), and Azure's filter verdicts.
 */
final class ChatStream {
    private final String who;
    private final StringBuilder content = new StringBuilder();
    private final StringBuilder refusal = new StringBuilder();
    private final TreeMap<Integer, String[]> tools = new TreeMap<>();
    private @Nullable String id;
    private @Nullable String model;
    private @Nullable String fingerprint;
    private @Nullable String finish;
    private ChatWire.@Nullable Usage usage;
    private @Nullable JsonNode promptFilters;
    private @Nullable JsonNode contentFilters;
    private boolean done;

    ChatStream(String who) {
        this.who = who;
    }

    void line(String line) {
        if (!line.startsWith("data:")) {
            return;
        }
        String data = line.substring(5).strip();
        if (data.equals("[DONE]")) {
            done = true;
            return;
        }
        JsonNode chunk;
        try {
            chunk = Json.mapper().readTree(data);
        } catch (IOException e) {
            throw new NonRetriableTargetException("malformed JSON in the stream from " + who, Scope.SAMPLE, e);
        }
        if (chunk.has("error")) {
            throw new NonRetriableTargetException(
                    who + " sent an error mid-stream: "
                            + chunk.path("error").path("message").asText(""),
                    Scope.SAMPLE);
        }
        id = text(chunk, "id", id);
        model = text(chunk, "model", model);
        fingerprint = text(chunk, "system_fingerprint", fingerprint);
        if (chunk.path("usage").isObject()) {
            usage = new ChatWire.Usage(
                    chunk.path("usage").path("prompt_tokens").asLong(),
                    chunk.path("usage").path("completion_tokens").asLong());
        }
        if (chunk.has("prompt_filter_results")) {
            promptFilters = chunk.get("prompt_filter_results");
        }
        for (JsonNode choice : chunk.path("choices")) {
            choice(choice);
        }
    }

    private void choice(JsonNode choice) {
        JsonNode delta = choice.path("delta");
        content.append(delta.path("content").asText(""));
        refusal.append(delta.path("refusal").asText(""));
        for (JsonNode call : delta.path("tool_calls")) {
            String[] t = tools.computeIfAbsent(call.path("index").asInt(0), i -> new String[] {"", "", ""});
            t[0] = call.has("id") ? call.path("id").asText() : t[0];
            t[1] = t[1] + call.path("function").path("name").asText("");
            t[2] = t[2] + call.path("function").path("arguments").asText("");
        }
        finish = text(choice, "finish_reason", finish);
        if (choice.has("content_filter_results")) {
            contentFilters = choice.get("content_filter_results");
        }
    }

    private static @Nullable String text(JsonNode node, String field, @Nullable String fallback) {
        JsonNode v = node.path(field);
        return v.isTextual() && !v.asText().isEmpty() ? v.asText() : fallback;
    }

    /** The whole completion; a stream that ended before its finish reason was cut off and is worth retrying. */
    ChatWire.Completion completion() {
        if (finish == null && !done) {
            throw new RetriableTargetException(
                    "stream from " + who + " ended before it was complete", Optional.empty());
        }
        List<ChatWire.ToolCall> calls = new ArrayList<>();
        tools.values()
                .forEach(t -> calls.add(new ChatWire.ToolCall(t[0], "function", new ChatWire.Function(t[1], t[2]))));
        var message = new ChatWire.AnswerMessage(
                content.toString(), refusal.isEmpty() ? null : refusal.toString(), calls.isEmpty() ? null : calls);
        var choice = new ChatWire.Choice(0, message, finish, contentFilters);
        return new ChatWire.Completion(id, model, fingerprint, List.of(choice), usage, promptFilters);
    }
}
