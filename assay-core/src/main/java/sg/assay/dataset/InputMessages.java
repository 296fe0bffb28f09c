package sg.assay.dataset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import sg.assay.ConfigException;
import sg.assay.message.Message;
import sg.assay.message.Part;
import sg.assay.message.UserMessage;

/**
 * Reads a sample's input from JSON: a string is one user message; a list of {@code {role, content}} objects (content
 * a string or a list of {@code {type: text, text}} parts) is a conversation of system, user and assistant turns.
 */
public final class InputMessages {
    private InputMessages() {}

    public static List<Message> from(JsonNode node, String field) {
        if (node.isTextual() || node.isNumber()) {
            String text = node.asText();
            if (text.isBlank()) {
                throw new ConfigException("field '" + field + "' is empty");
            }
            return List.of(Message.user(text));
        }
        if (!node.isArray()) {
            throw new ConfigException("field '" + field + "' must be a string or a list of {role, content} messages, "
                    + "found " + RowReader.kind(node));
        }
        if (node.isEmpty()) {
            throw new ConfigException("field '" + field + "' is an empty list of messages");
        }
        List<Message> messages = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            messages.add(message(node.get(i), field + "[" + i + "]"));
        }
        return messages;
    }

    private static Message message(JsonNode m, String where) {
        if (!m.isObject()) {
            throw new ConfigException(where + " must be a {role, content} object, found " + RowReader.kind(m));
        }
        String role = m.path("role").asText("").toLowerCase(Locale.ROOT);
        String content = content(m.path("content"), where);
        return switch (role) {
            case "system", "developer" -> Message.system(content);
            case "user", "human" -> new UserMessage(List.of(new Part.Text(content)));
            case "assistant", "model", "ai" -> Message.assistant(content);
            default ->
                throw new ConfigException(where + " has role '" + role + "'; expected system, user or assistant");
        };
    }

    private static String content(JsonNode c, String where) {
        if (c.isTextual()) {
            return c.asText();
        }
        if (c.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode part : c) {
                if (part.isTextual()) {
                    append(sb, part.asText());
                } else if (part.path("text").isTextual()) {
                    append(sb, part.path("text").asText());
                } else {
                    throw new ConfigException(where + ".content has a part that is not text: "
                            + part.path("type").asText(RowReader.kind(part)));
                }
            }
            return sb.toString();
        }
        throw new ConfigException(where + ".content must be a string or a list of text parts, found "
                + (c.isMissingNode() ? "nothing" : RowReader.kind(c)));
    }

    private static void append(StringBuilder sb, String text) {
        if (!sb.isEmpty()) {
            sb.append('\n');
        }
        sb.append(text);
    }
}
