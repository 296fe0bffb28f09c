package sg.assay.target;

import java.util.List;
import sg.assay.message.Message;

/**
 * One request to a target: the conversation, the generation settings, a per-request seed, and the id of the sample
 * it serves (empty when none) so that scripted mock targets can answer by sample.
 */
public record TargetRequest(List<Message> messages, GenerateConfig config, long seed, String sampleId) {
    public TargetRequest {
        messages = List.copyOf(messages);
    }

    public static TargetRequest of(List<Message> messages) {
        return new TargetRequest(messages, GenerateConfig.DEFAULT, 0, "");
    }

    /** The text of the last user message, or of the last message when there is no user message. */
    public String lastUserText() {
        for (int i = messages.size() - 1; i >= 0; i--) {
            if (messages.get(i) instanceof sg.assay.message.UserMessage u) {
                return u.text();
            }
        }
        return messages.isEmpty() ? "" : messages.getLast().text();
    }
}
