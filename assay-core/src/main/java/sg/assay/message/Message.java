package sg.assay.message;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/** One message of a conversation with a target. The set is closed: callers switch over it exhaustively. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "role")
@JsonSubTypes({
    @JsonSubTypes.Type(value = SystemMessage.class, name = "system"),
    @JsonSubTypes.Type(value = UserMessage.class, name = "user"),
    @JsonSubTypes.Type(value = AssistantMessage.class, name = "assistant"),
    @JsonSubTypes.Type(value = ToolMessage.class, name = "tool")
})
public sealed interface Message permits SystemMessage, UserMessage, AssistantMessage, ToolMessage {

    /** The message's text parts joined by newlines; images and tool calls are left out. */
    String text();

    static SystemMessage system(String text) {
        return new SystemMessage(text);
    }

    static UserMessage user(String text) {
        return new UserMessage(List.of(new Part.Text(text)));
    }

    static AssistantMessage assistant(String text) {
        return new AssistantMessage(List.of(new Part.Text(text)), List.of());
    }

    /** The role name as the OpenAI-style wire formats spell it. */
    default String role() {
        return switch (this) {
            case SystemMessage s -> "system";
            case UserMessage u -> "user";
            case AssistantMessage a -> "assistant";
            case ToolMessage t -> "tool";
        };
    }

    static String joinText(List<Part> parts) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Part.Text t) {
                if (!sb.isEmpty()) {
                    sb.append('\n');
                }
                sb.append(t.text());
            }
        }
        return sb.toString();
    }
}
