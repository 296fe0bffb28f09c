package sg.assay.target.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import sg.assay.ConfigException;
import sg.assay.json.Json;
import sg.assay.message.Message;

/**
 * A JSON request body with placeholders in its string values: {@code {{prompt}}} (the last user message),
 * {@code {{system}}}, {@code {{session}}} and {@code {{turn}}} are replaced inside strings, and a string that is
 * exactly {@code "{{messages}}"} becomes the conversation as an array of {@code {"role", "content"}} objects.
 * Working on the parsed tree means values are always correctly escaped.
 */
record RequestTemplate(JsonNode tree) {

    static RequestTemplate parse(String owner, String name, String json) {
        try {
            return new RequestTemplate(Json.mapper().readTree(json));
        } catch (JsonProcessingException e) {
            throw new ConfigException(owner + " parameter '" + name + "' is not valid JSON: " + e.getOriginalMessage());
        }
    }

    JsonNode fill(List<Message> conversation, Map<String, String> values) {
        return fill(tree, conversation, values);
    }

    private static JsonNode fill(JsonNode node, List<Message> conversation, Map<String, String> values) {
        if (node.isTextual()) {
            String t = node.asText();
            if (t.equals("{{messages}}")) {
                return messages(conversation);
            }
            for (var e : values.entrySet()) {
                t = t.replace("{{" + e.getKey() + "}}", e.getValue());
            }
            return TextNode.valueOf(t);
        }
        if (node.isArray()) {
            ArrayNode out = Json.mapper().createArrayNode();
            node.forEach(n -> out.add(fill(n, conversation, values)));
            return out;
        }
        if (node.isObject()) {
            ObjectNode out = Json.mapper().createObjectNode();
            Iterator<Map.Entry<String, JsonNode>> it = node.fields();
            while (it.hasNext()) {
                var e = it.next();
                out.set(e.getKey(), fill(e.getValue(), conversation, values));
            }
            return out;
        }
        return node;
    }

    private static ArrayNode messages(List<Message> conversation) {
        ArrayNode a = Json.mapper().createArrayNode();
        for (Message m : conversation) {
            a.addObject().put("role", m.role()).put("content", m.text());
        }
        return a;
    }

    /** A response path as a JSON pointer: {@code /reply/text} as given, or {@code reply.text} / {@code choices.0.text}. */
    static String pointer(String path) {
        return path.startsWith("/") ? path : "/" + path.replace(".", "/");
    }
}
