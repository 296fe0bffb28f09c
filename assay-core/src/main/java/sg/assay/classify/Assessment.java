package sg.assay.classify;

/**
 * What a classifier said about one category it covers.
 *
 * @param category the common category
 * @param score the classifier's score for it in [0, 1], or NaN when it gives none
 * @param severity the classifier's severity, or one banded from the score
 * @param flagged whether the classifier flagged the category
 */
public record Assessment(HarmCategory category, double score, Severity severity, boolean flagged) {}
