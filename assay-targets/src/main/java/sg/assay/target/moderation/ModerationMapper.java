package sg.assay.target.moderation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sg.assay.classify.Assessment;
import sg.assay.classify.Classification;
import sg.assay.classify.HarmCategory;
import sg.assay.classify.Severity;

/**
 * OpenAI moderation categories onto the common label set. {@code illicit} (advice on wrongdoing) maps to non-violent
 * crimes and {@code illicit/violent} to violent crimes and weapons; OpenAI's model does not cover scams,
 * misinformation, privacy, cyber attacks, critical infrastructure, radicalisation, drugs or prompt attacks, so those
 * are not assessed. Severity is Assay's banding of the category score ({@link Severity#ofScore}).
 */
final class ModerationMapper {
    static final Map<String, List<HarmCategory>> CATEGORIES = Map.ofEntries(
            Map.entry("harassment", List.of(HarmCategory.HARASSMENT)),
            Map.entry("harassment/threatening", List.of(HarmCategory.HARASSMENT)),
            Map.entry("hate", List.of(HarmCategory.HATE)),
            Map.entry("hate/threatening", List.of(HarmCategory.HATE)),
            Map.entry("illicit", List.of(HarmCategory.NONVIOLENT_CRIMES)),
            Map.entry("illicit/violent", List.of(HarmCategory.VIOLENT_CRIMES, HarmCategory.WEAPONS)),
            Map.entry("self-harm", List.of(HarmCategory.SELF_HARM)),
            Map.entry("self-harm/intent", List.of(HarmCategory.SELF_HARM)),
            Map.entry("self-harm/instructions", List.of(HarmCategory.SELF_HARM)),
            Map.entry("sexual", List.of(HarmCategory.SEXUAL)),
            Map.entry("sexual/minors", List.of(HarmCategory.SEXUAL_EXPLOITATION)),
            Map.entry("violence", List.of(HarmCategory.VIOLENCE)),
            Map.entry("violence/graphic", List.of(HarmCategory.VIOLENCE)));

    private ModerationMapper() {}

    /** The classification of one result object ({@code results[i]}); unknown categories are ignored. */
    static Classification classification(JsonNode result) {
        List<Assessment> parts = new ArrayList<>();
        JsonNode flags = result.path("categories");
        JsonNode scores = result.path("category_scores");
        flags.fieldNames().forEachRemaining(name -> {
            List<HarmCategory> common = CATEGORIES.get(name);
            if (common == null) {
                return;
            }
            double score = scores.path(name).asDouble(Double.NaN);
            Severity severity = Double.isNaN(score) ? Severity.NONE : Severity.ofScore(score);
            boolean flagged = flags.path(name).asBoolean(false);
            for (HarmCategory c : common) {
                parts.add(new Assessment(c, score, severity, flagged));
            }
        });
        return Classification.of(parts);
    }
}
