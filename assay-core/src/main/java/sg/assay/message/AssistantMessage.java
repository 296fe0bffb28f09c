package sg.assay.message;

import java.util.List;

/** A turn from the target: content parts and any tool calls it asked for. */
public record AssistantMessage(List<Part> parts, List<ToolCall> toolCalls) implements Message {
    public AssistantMessage {
        parts = List.copyOf(parts);
        toolCalls = List.copyOf(toolCalls);
    }

    @Override
    public String text() {
        return Message.joinText(parts);
    }
}
