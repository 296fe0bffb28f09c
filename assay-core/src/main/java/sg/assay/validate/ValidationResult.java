package sg.assay.validate;

import java.util.List;
import java.util.Map;

/**
 * How well a scorer agreed with the reference labels on a set of items, each statistic with its cluster bootstrap
 * interval.
 *
 * @param scope what the items are, e.g. {@code all} or {@code language=ms}
 * @param n items compared (judge errors left out)
 * @param judgeErrors items the judge could not judge
 * @param clusters distinct clusters among the compared items (the bootstrap's units)
 * @param confusion reference × predicted counts
 * @param accuracy the share of agreement
 * @param kappa Cohen's κ against the reference
 * @param macroF1 the mean F1 over labels
 * @param classes per label: support, precision, recall, F1
 * @param positive the positive label for sensitivity and specificity, or empty
 * @param sensitivity recall of the positive label
 * @param specificity recall of the other labels
 * @param annotatorAlpha Krippendorff's α among the human annotators (the ceiling for κ), or undefined
 * @param annotatedItems items with at least two annotator labels
 * @param brier the Brier score of the scorer's probabilities, or undefined when it gave none
 * @param reliability the reliability table of those probabilities
 * @param probabilityItems items with a probability
 * @param responseModels which models produced the validated responses, with counts ({@code not stated} when the data
 *     does not say)
 */
public record ValidationResult(
        String scope,
        long n,
        long judgeErrors,
        long clusters,
        ConfusionMatrix confusion,
        Estimate accuracy,
        Estimate kappa,
        Estimate macroF1,
        List<ClassStats> classes,
        String positive,
        Estimate sensitivity,
        Estimate specificity,
        Estimate annotatorAlpha,
        long annotatedItems,
        Estimate brier,
        List<Calibration.Bin> reliability,
        long probabilityItems,
        Map<String, Long> responseModels) {
    public ValidationResult {
        classes = List.copyOf(classes);
        reliability = List.copyOf(reliability);
        responseModels = Map.copyOf(responseModels);
    }

    /** One label's statistics. */
    public record ClassStats(String label, long support, Estimate precision, Estimate recall, Estimate f1) {}

    /** The positive reference items and those the scorer called positive (for the Rogan–Gladen correction). */
    public long[] positiveCounts() {
        int p = confusion.labels().indexOf(positive);
        if (p < 0) {
            return new long[] {0, 0};
        }
        return new long[] {confusion.count(p, p), confusion.rowSum(p)};
    }

    /** The negative reference items and those the scorer called negative. */
    public long[] negativeCounts() {
        int p = confusion.labels().indexOf(positive);
        if (p < 0) {
            return new long[] {0, 0};
        }
        long negatives = confusion.n() - confusion.rowSum(p);
        long falsePositives = confusion.columnSum(p) - confusion.count(p, p);
        return new long[] {negatives - falsePositives, negatives};
    }
}
