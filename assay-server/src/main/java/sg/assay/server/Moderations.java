package sg.assay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** {@code POST /v1/moderations}: flags inputs that match the refuse pattern, under "violence" and "illicit". */
final class Moderations {
    private static final List<String> CATEGORIES = List.of(
            "harassment",
            "harassment/threatening",
            "hate",
            "hate/threatening",
            "illicit",
            "illicit/violent",
            "self-harm",
            "self-harm/intent",
            "self-harm/instructions",
            "sexual",
            "sexual/minors",
            "violence",
            "violence/graphic");
    private final Responder responder;
    private final java.util.concurrent.atomic.AtomicLong ids = new java.util.concurrent.atomic.AtomicLong();

    Moderations(Responder responder) {
        this.responder = responder;
    }

    Reply moderate(JsonNode body) {
        JsonNode input = body.path("input");
        if (input.isMissingNode() || input.isNull()) {
            throw ApiError.missing("input");
        }
        ObjectNode root = sg.assay.json.Json.mapper().createObjectNode();
        root.put("id", "modr-mock" + ids.incrementAndGet());
        root.put("model", body.path("model").asText("omni-moderation-latest"));
        ArrayNode results = root.putArray("results");
        if (input.isArray()) {
            for (JsonNode n : input) {
                result(results.addObject(), Turn.text(n.isTextual() ? n : n.path("text")));
            }
        } else {
            result(results.addObject(), input.asText());
        }
        return Reply.Json.ok(root);
    }

    private void result(ObjectNode r, String text) {
        boolean flagged = responder.matches(text);
        r.put("flagged", flagged);
        ObjectNode categories = r.putObject("categories");
        ObjectNode scores = r.putObject("category_scores");
        ObjectNode types = r.putObject("category_applied_input_types");
        for (String c : CATEGORIES) {
            boolean hit = flagged && (c.equals("violence") || c.equals("illicit"));
            categories.put(c, hit);
            scores.put(c, hit ? 0.93 : 0.0001);
            types.putArray(c).add("text");
        }
    }
}
