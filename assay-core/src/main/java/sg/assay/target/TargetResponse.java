package sg.assay.target;

import java.util.Map;
import sg.assay.message.AssistantMessage;

/**
 * What a target answered.
 *
 * @param message the assistant's turn
 * @param usage tokens used by this request
 * @param model the model that actually answered, as reported (aliases drift); empty when unknown
 * @param responseId the provider's response id, or empty
 * @param finishReason why generation stopped, as the provider says it, or empty
 * @param metadata further provider facts worth keeping with the sample (e.g. system_fingerprint)
 */
public record TargetResponse(
        AssistantMessage message,
        Usage usage,
        String model,
        String responseId,
        String finishReason,
        Map<String, String> metadata) {
    public TargetResponse {
        metadata = Map.copyOf(metadata);
    }

    public static TargetResponse of(String text, Usage usage, String model) {
        return new TargetResponse(sg.assay.message.Message.assistant(text), usage, model, "", "stop", Map.of());
    }

    public String text() {
        return message.text();
    }
}
