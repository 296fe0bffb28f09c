package sg.assay.probe.generate;

import java.util.Map;
import sg.assay.dataset.Dataset;

/**
 * What a generation produced.
 *
 * @param dataset the deduplicated test cases
 * @param perLanguage how many cases each language got
 * @param duplicates candidates dropped as exact or near duplicates
 * @param unusableAnswers attacker answers with no usable case (a refusal or a malformed answer)
 * @param requests calls made to the attacker
 */
public record GeneratedCases(
        Dataset dataset, Map<String, Integer> perLanguage, int duplicates, int unusableAnswers, int requests) {
    public GeneratedCases {
        perLanguage = Map.copyOf(perLanguage);
    }
}
