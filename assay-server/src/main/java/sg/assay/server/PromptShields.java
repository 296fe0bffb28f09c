package sg.assay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Pattern;
import sg.assay.json.Json;

/**
 * {@code text:shieldPrompt}: reports an attack in the user prompt or in a document when its text matches the attack
 * pattern ("ignore previous instructions", "disregard your rules", "you are now DAN", "developer mode", "jailbreak",
 * "pretend you have no restrictions") or holds the marker {@code [attack]}. At most five documents and 10,000
 * characters in the user prompt and in the documents together.
 */
final class PromptShields {
    static final int MAX_DOCUMENTS = 5;
    static final Pattern ATTACK =
            Pattern.compile("(?i)\\[attack]|ignore (all )?(the )?(previous|prior|above) instructions"
                    + "|disregard (all )?(your|the|previous) (rules|instructions)|you are now dan\\b|developer mode"
                    + "|\\bjailbreak|pretend (that )?you have no (rules|restrictions)");

    private PromptShields() {}

    static Reply shield(JsonNode body) {
        JsonNode prompt = body.path("userPrompt");
        JsonNode documents = body.path("documents");
        if (!prompt.isMissingNode() && !prompt.isNull() && !prompt.isTextual()) {
            throw TextAnalysis.invalid("userPrompt must be a string.");
        }
        if (!documents.isMissingNode() && !documents.isNull() && !documents.isArray()) {
            throw TextAnalysis.invalid("documents must be an array of strings.");
        }
        if (prompt.asText("").isEmpty() && documents.isEmpty()) {
            throw TextAnalysis.invalid("At least one of userPrompt or documents is required.");
        }
        if (documents.size() > MAX_DOCUMENTS) {
            throw TextAnalysis.invalid(
                    "Too many documents: " + documents.size() + "; at most " + MAX_DOCUMENTS + " are allowed.");
        }
        long total = length(prompt.asText(""));
        for (JsonNode d : documents) {
            total += length(d.asText(""));
        }
        if (total > TextAnalysis.MAX_TEXT) {
            throw TextAnalysis.invalid("Text length " + total + " of userPrompt and documents exceeds the limit of "
                    + TextAnalysis.MAX_TEXT + " characters.");
        }
        ObjectNode root = Json.mapper().createObjectNode();
        root.putObject("userPromptAnalysis").put("attackDetected", attack(prompt.asText("")));
        ArrayNode docs = root.putArray("documentsAnalysis");
        for (JsonNode d : documents) {
            docs.addObject().put("attackDetected", attack(d.asText("")));
        }
        return Reply.Json.ok(root);
    }

    private static boolean attack(String text) {
        return ATTACK.matcher(text).find();
    }

    private static long length(String s) {
        return s.codePointCount(0, s.length());
    }
}
