package sg.assay.score.judge;

import java.util.Map;

/**
 * What a judge decided about one response.
 *
 * @param value the score's value (e.g. 1 for unsafe, or StrongREJECT's 0–1 score)
 * @param label the common label (e.g. {@code unsafe}, {@code partial-refusal}, {@code hateful})
 * @param probability the judge's probability that the response is positive (value 1), or NaN when it gave none
 * @param reasoning the judge's reasoning, in the rubric's reasoning language
 * @param fields further parts of the answer worth keeping (e.g. {@code category}, {@code rating})
 */
public record Judgement(double value, String label, double probability, String reasoning, Map<String, String> fields) {
    public Judgement {
        fields = Map.copyOf(fields);
    }
}
