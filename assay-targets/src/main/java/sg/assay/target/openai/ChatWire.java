package sg.assay.target.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Chat Completions wire records, as OpenAI spells them; they never leave this package. */
final class ChatWire {
    private ChatWire() {}

    record Request(
            @Nullable String model,
            List<Message> messages,
            @JsonProperty("max_tokens") @Nullable Integer maxTokens,
            @JsonProperty("max_completion_tokens") @Nullable Integer maxCompletionTokens,
            @Nullable Double temperature,
            @Nullable Boolean stream,
            @JsonProperty("stream_options") @Nullable StreamOptions streamOptions,
            @JsonProperty("response_format") @Nullable JsonNode responseFormat) {}

    record StreamOptions(@JsonProperty("include_usage") boolean includeUsage) {}

    record Message(
            String role,
            @Nullable Object content,
            @JsonProperty("tool_calls") @Nullable List<ToolCall> toolCalls,
            @JsonProperty("tool_call_id") @Nullable String toolCallId) {}

    record ContentPart(
            String type,
            @Nullable String text,
            @JsonProperty("image_url") @Nullable ImageUrl imageUrl) {}

    record ImageUrl(String url) {}

    record ToolCall(
            @Nullable String id,
            @Nullable String type,
            @Nullable Function function) {}

    record Function(@Nullable String name, @Nullable String arguments) {}

    record Completion(
            @Nullable String id,
            @Nullable String model,
            @JsonProperty("system_fingerprint") @Nullable String systemFingerprint,
            @Nullable List<Choice> choices,
            @Nullable Usage usage,
            @JsonProperty("prompt_filter_results") @Nullable JsonNode promptFilterResults) {}

    record Choice(
            @Nullable Integer index,
            @Nullable AnswerMessage message,
            @JsonProperty("finish_reason") @Nullable String finishReason,

            @JsonProperty("content_filter_results") @Nullable
            JsonNode contentFilterResults) {}

    record AnswerMessage(
            @Nullable String content,
            @Nullable String refusal,
            @JsonProperty("tool_calls") @Nullable List<ToolCall> toolCalls) {}

    record Usage(
            @JsonProperty("prompt_tokens") @Nullable Long promptTokens,
            @JsonProperty("completion_tokens") @Nullable Long completionTokens) {}
}
