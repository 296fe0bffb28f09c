package sg.assay.target.contentsafety;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sg.assay.classify.Assessment;
import sg.assay.classify.Classification;
import sg.assay.classify.HarmCategory;
import sg.assay.classify.Severity;
import sg.assay.target.NonRetriableTargetException;

/**
 * Content Safety's four text categories onto the common label set: Hate, SelfHarm, Sexual and Violence map to hate,
 * self-harm, sexual and violence; every other category is not assessed, and so is a category that was not asked for
 * or not analysed (the service skips the analysis after a blocklist hit when asked to halt). The service's level
 * (0..7; the four-level output uses 0, 2, 4, 6) bands as 0-1 none, 2-3 low, 4-5 medium, 6-7 high, the service's own
 * grouping; the score is the level / 7. A category is flagged when its level reaches the threshold. A blocklist match
 * is an overall {@code unsafe} verdict (flagged, high); without one {@code unsafe} is not assessed, since a blocklist
 * can block text but never clear it.
 */
final class TextAnalysisMapper {
    static final int MAX_LEVEL = 7;
    static final Map<String, HarmCategory> CATEGORIES = Map.of(
            "Hate", HarmCategory.HATE,
            "SelfHarm", HarmCategory.SELF_HARM,
            "Sexual", HarmCategory.SEXUAL,
            "Violence", HarmCategory.VIOLENCE);

    private TextAnalysisMapper() {}

    static Severity severity(int level) {
        return Severity.values()[Math.min(level, MAX_LEVEL) / 2];
    }

    static Classification classification(JsonNode root, int threshold, String who) {
        List<Assessment> parts = new ArrayList<>();
        for (JsonNode c : root.path("categoriesAnalysis")) {
            HarmCategory category = CATEGORIES.get(c.path("category").asText(""));
            if (category == null) {
                continue;
            }
            JsonNode level = c.path("severity");
            if (!level.canConvertToInt() || level.asInt() < 0 || level.asInt() > MAX_LEVEL) {
                throw new NonRetriableTargetException(
                        who + ": severity of " + c.path("category").asText() + " is '" + level
                                + "'; expected an integer 0..7",
                        NonRetriableTargetException.Scope.SAMPLE);
            }
            int l = level.asInt();
            parts.add(new Assessment(category, (double) l / MAX_LEVEL, severity(l), l >= threshold));
        }
        if (!blocklistMatches(root).isEmpty()) {
            parts.add(new Assessment(HarmCategory.UNSAFE, Double.NaN, Severity.HIGH, true));
        }
        return Classification.of(parts);
    }

    /** The matches as {@code list:item}, in the service's order. */
    static List<String> blocklistMatches(JsonNode root) {
        List<String> out = new ArrayList<>();
        for (JsonNode m : root.path("blocklistsMatch")) {
            out.add(m.path("blocklistName").asText("") + ":"
                    + m.path("blocklistItemText").asText(""));
        }
        return out;
    }
}
