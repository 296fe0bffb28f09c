package sg.assay.parity;

import java.util.Objects;
import java.util.OptionalDouble;
import sg.assay.stats.Interval;

/**
 * One language × category cell.
 *
 * @param language the language
 * @param category the category
 * @param n the observations
 * @param positives the observations with value 1
 * @param wilson the rate with its Wilson 95% interval
 * @param difference the paired difference from the reference language within the category (empty for the reference)
 * @param pValue the unadjusted paired p-value within the category (empty for the reference)
 * @param qValue the Benjamini–Hochberg adjusted p-value across all non-reference cells (empty for the reference)
 * @param flagged whether the q-value is at most the table's false discovery rate
 */
public record CategoryCell(
        String language,
        String category,
        long n,
        long positives,
        Interval wilson,
        OptionalDouble difference,
        OptionalDouble pValue,
        OptionalDouble qValue,
        boolean flagged) {
    public CategoryCell {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(wilson, "wilson");
        Objects.requireNonNull(difference, "difference");
        Objects.requireNonNull(pValue, "pValue");
        Objects.requireNonNull(qValue, "qValue");
    }
}
