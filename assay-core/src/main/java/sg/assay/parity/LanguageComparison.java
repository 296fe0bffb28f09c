package sg.assay.parity;

import java.util.Objects;
import java.util.OptionalDouble;
import sg.assay.stats.PairedResult;

/**
 * One language against the reference on the same intents: difference = rate(language) − rate(reference).
 *
 * @param language the language
 * @param reference the reference language
 * @param paired the paired result: difference with its interval at the adjusted level, unadjusted p-value, test
 * @param holmP the Holm-adjusted p-value across all comparisons (shown beside the verdict, not used by it)
 * @param verdict the verdict from the interval and the margin
 * @param minimumDetectableDifference the smallest worsening detectable with the set power at the adjusted level for
 *     this comparison's number of intents and reference rate (empty when no difference up to the boundary is)
 */
public record LanguageComparison(
        String language,
        String reference,
        PairedResult paired,
        double holmP,
        Verdict verdict,
        OptionalDouble minimumDetectableDifference) {
    public LanguageComparison {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(paired, "paired");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(minimumDetectableDifference, "minimumDetectableDifference");
    }

    public double difference() {
        return paired.difference().estimate();
    }
}
