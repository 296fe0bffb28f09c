package sg.assay.score;

import java.util.Map;

/**
 * One scorer's verdict on one sample and epoch.
 *
 * @param scorer the scorer's name, e.g. {@code refusal}
 * @param value the numeric value: 0 or 1 for binary scorers, any number for graded ones
 * @param label a categorical answer where the scorer has one (e.g. {@code full-refusal}), or empty
 * @param explanation why, in a short phrase
 * @param metadata further facts (e.g. which pattern matched)
 */
public record Score(String scorer, double value, String label, String explanation, Map<String, String> metadata) {
    /**
     * The label of a judge's score when the judge failed (unparseable answer, refused to judge, timed out): its value
     * is NaN, so summaries leave it out, and the summary counts it separately, never as safe or unsafe.
     */
    public static final String JUDGE_ERROR = "judge-error";

    /**
     * The label of a classifier's score on a category it does not assess (e.g. scams for a moderation endpoint): its
     * value is NaN, so summaries leave it out and count it separately, never as safe or unsafe.
     */
    public static final String NOT_ASSESSED = "not-assessed";

    public Score {
        metadata = Map.copyOf(metadata);
    }

    /** Whether this is a judge's failure to judge rather than a verdict. */
    public boolean judgeError() {
        return JUDGE_ERROR.equals(label) && Double.isNaN(value);
    }

    /** Whether this is a classifier's "cannot say" on a category it does not cover rather than a verdict. */
    public boolean notAssessed() {
        return NOT_ASSESSED.equals(label) && Double.isNaN(value);
    }

    public static Score binary(String scorer, boolean pass, String label, String explanation) {
        return new Score(scorer, pass ? 1.0 : 0.0, label, explanation, Map.of());
    }
}
