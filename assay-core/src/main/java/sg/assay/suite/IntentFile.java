package sg.assay.suite;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sg.assay.ConfigException;

/** Turns one parsed intent file into intents; values are kept as written for the validator to judge. */
final class IntentFile {
    private IntentFile() {}

    static List<Intent> parse(String source, JsonNode root) {
        String category = root.path("category").asText("");
        boolean heldout = root.path("heldout").asBoolean(false);
        JsonNode list = root.path("intents");
        if (!list.isArray()) {
            throw new ConfigException(source + " has no 'intents' list");
        }
        List<Intent> out = new ArrayList<>();
        for (JsonNode n : list) {
            List<IntentItem> items = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : n.path("items").properties()) {
                JsonNode item = e.getValue();
                items.add(new IntentItem(
                        e.getKey(),
                        item.path("register").asText(""),
                        item.path("text").asText("")));
            }
            out.add(new Intent(
                    n.path("intent").asText(""),
                    n.path("category").asText(category),
                    n.path("kind").asText(""),
                    n.path("expected").asText(""),
                    n.path("gloss").asText(""),
                    n.path("safe_behaviour").asText(""),
                    n.path("produced_by").asText(""),
                    n.path("review").asText(""),
                    n.path("heldout").asBoolean(heldout),
                    source,
                    items));
        }
        return out;
    }
}
