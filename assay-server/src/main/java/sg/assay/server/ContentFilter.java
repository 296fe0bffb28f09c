package sg.assay.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import sg.assay.json.Json;

/** Azure OpenAI's content filter annotations, as the mock writes them. */
final class ContentFilter {
    private static final String[] CATEGORIES = {"hate", "self_harm", "sexual", "violence"};

    private ContentFilter() {}

    /** Per-category results; {@code flagged} marks violence as filtered with high severity. */
    static ObjectNode results(boolean flagged, boolean prompt) {
        ObjectNode r = Json.mapper().createObjectNode();
        for (String c : CATEGORIES) {
            boolean hit = flagged && c.equals("violence");
            r.putObject(c).put("filtered", hit).put("severity", hit ? "high" : "safe");
        }
        if (prompt) {
            r.putObject("jailbreak").put("filtered", false).put("detected", false);
        }
        return r;
    }

    static ArrayNode promptResults(boolean flagged) {
        ArrayNode a = Json.mapper().createArrayNode();
        a.addObject().put("prompt_index", 0).set("content_filter_results", results(flagged, true));
        return a;
    }

    /** The HTTP 400 Azure answers when the prompt itself is filtered. */
    static ApiError promptBlocked() {
        ObjectNode inner = Json.mapper().createObjectNode();
        inner.put("code", "ResponsibleAIPolicyViolation");
        inner.set("content_filter_result", results(true, true));
        return new ApiError(
                400,
                "invalid_request_error",
                "content_filter",
                "prompt",
                "The response was filtered due to the prompt triggering Azure OpenAI's content management policy.",
                inner);
    }
}
