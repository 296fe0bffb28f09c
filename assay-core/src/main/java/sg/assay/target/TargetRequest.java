package sg.assay.target;

import java.util.List;
import sg.assay.message.Message;

/** One request to a target: the conversation, the generation settings and a per-request seed. */
public record TargetRequest(List<Message> messages, GenerateConfig config, long seed) {
    public TargetRequest {
        messages = List.copyOf(messages);
    }

    public static TargetRequest of(List<Message> messages) {
        return new TargetRequest(messages, GenerateConfig.DEFAULT, 0);
    }
}
