package sg.assay.validate;

import java.util.Map;

/**
 * One labelled item a scorer was validated on.
 *
 * @param id the sample id
 * @param language its BCP 47 tag
 * @param category its category, or empty
 * @param cluster its statistics cluster (template or intent; the id when none)
 * @param reference the adjudicated reference label, in the common label set
 * @param predicted the scorer's label in the common set, or {@code judge-error}
 * @param probability the scorer's probability of the positive label, or NaN
 * @param annotations each annotator label and how many annotators gave it (empty when unknown)
 * @param responseModel the model that produced the validated response, or empty when the data does not say
 */
public record ValidationItem(
        String id,
        String language,
        String category,
        String cluster,
        String reference,
        String predicted,
        double probability,
        Map<String, Integer> annotations,
        String responseModel) {
    public ValidationItem {
        annotations = Map.copyOf(annotations);
    }

    public boolean judgeError() {
        return predicted.equals(sg.assay.score.Score.JUDGE_ERROR);
    }
}
