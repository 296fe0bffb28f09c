package sg.assay.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One message of a conversation as the mock sees it: a role and its text. */
record Turn(String role, String text) {

    /** The text of a content field: a string, or an array of parts whose text parts are joined by newlines. */
    static String text(JsonNode content) {
        if (content.isTextual()) {
            return content.asText();
        }
        StringBuilder sb = new StringBuilder();
        if (content.isArray()) {
            for (JsonNode part : content) {
                JsonNode t = part.isTextual() ? part : part.path("text");
                if (t.isTextual()) {
                    if (!sb.isEmpty()) {
                        sb.append('\n');
                    }
                    sb.append(t.asText());
                }
            }
        }
        return sb.toString();
    }

    /** The text of the last user turn, or an empty string. */
    static String lastUser(List<Turn> turns) {
        for (int i = turns.size() - 1; i >= 0; i--) {
            if (turns.get(i).role().equals("user")) {
                return turns.get(i).text();
            }
        }
        return "";
    }

    static int tokens(List<Turn> turns) {
        int n = 0;
        for (Turn t : turns) {
            n += Responder.tokens(t.text()) + 3;
        }
        return n;
    }
}
