package sg.assay.redteam.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Optional;
import sg.assay.json.Json;

/**
 * Finds the JSON object in a model's reply: the whole reply, or the first balanced {@code {...}} in it (models wrap
 * JSON in prose or code fences). Strings are respected when counting braces.
 */
public final class JsonReply {
    private JsonReply() {}

    public static Optional<JsonNode> find(String reply) {
        int start = reply.indexOf('{');
        while (start >= 0) {
            int end = matching(reply, start);
            if (end > start) {
                try {
                    JsonNode node = Json.mapper().readTree(reply.substring(start, end + 1));
                    if (node != null && node.isObject()) {
                        return Optional.of(node);
                    }
                } catch (IOException e) {
                    // not JSON: try the next brace
                }
            }
            start = reply.indexOf('{', start + 1);
        }
        return Optional.empty();
    }

    private static int matching(String s, int open) {
        int depth = 0;
        boolean inString = false;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
