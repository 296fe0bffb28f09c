package sg.assay.solve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import sg.assay.dataset.Sample;
import sg.assay.message.AssistantMessage;
import sg.assay.message.Message;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;

/**
 * The state of one sample as solvers work on it: the conversation so far, the last answer, usage, and facts
 * recorded along the way. Immutable; solvers return a new state.
 */
public record TaskState(
        Sample sample, int epoch, List<Message> messages, String output, Usage usage, Map<String, String> metadata) {
    public TaskState {
        messages = List.copyOf(messages);
        metadata = Map.copyOf(metadata);
    }

    public static TaskState start(Sample sample, int epoch) {
        return new TaskState(sample, epoch, sample.input(), "", Usage.ZERO, Map.of());
    }

    public TaskState withMessages(List<Message> newMessages) {
        return new TaskState(sample, epoch, newMessages, output, usage, metadata);
    }

    /** Appends the target's answer to the conversation and records its model facts. */
    public TaskState withResponse(TargetResponse response) {
        List<Message> next = new ArrayList<>(messages);
        AssistantMessage answer = response.message();
        next.add(answer);
        Map<String, String> meta = new HashMap<>(metadata);
        if (!response.model().isEmpty()) {
            meta.put("response.model", response.model());
        }
        if (!response.responseId().isEmpty()) {
            meta.put("response.id", response.responseId());
        }
        if (!response.finishReason().isEmpty()) {
            meta.put("response.finish_reason", response.finishReason());
        }
        response.metadata().forEach((k, v) -> meta.put("response." + k, v));
        return new TaskState(sample, epoch, next, answer.text(), usage.plus(response.usage()), meta);
    }

    public TaskState withMetadata(String key, String value) {
        Map<String, String> meta = new HashMap<>(metadata);
        meta.put(key, value);
        return new TaskState(sample, epoch, messages, output, usage, meta);
    }
}
