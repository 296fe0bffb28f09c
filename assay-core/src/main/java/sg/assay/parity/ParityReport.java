package sg.assay.parity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import sg.assay.stats.CochranQ;

/**
 * The parity analysis of one binary metric across languages. Serialise it with the shared Jackson mapper for JSON.
 *
 * @param metric the metric's name (e.g. "non-refusal")
 * @param settings the settings used
 * @param intents the distinct intents
 * @param maxEpochs the largest number of epochs of one intent in one language (> 1 switches to clustered methods)
 * @param comparisonLevel the confidence level of each paired interval, 1 − (1 − familyLevel)/(L − 1)
 * @param languages the per-language rates, reference first
 * @param comparisons each non-reference language against the reference
 * @param cochranQ Cochran's Q across all languages on the intents observed in all of them (empty if none is)
 * @param gap the parity gap
 * @param power the power summary
 * @param categories the language × category table
 */
public record ParityReport(
        String metric,
        ParitySettings settings,
        int intents,
        int maxEpochs,
        double comparisonLevel,
        List<LanguageRate> languages,
        List<LanguageComparison> comparisons,
        Optional<CochranQ> cochranQ,
        ParityGap gap,
        PowerSummary power,
        CategoryTable categories) {
    public ParityReport {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(settings, "settings");
        languages = List.copyOf(languages);
        comparisons = List.copyOf(comparisons);
        Objects.requireNonNull(cochranQ, "cochranQ");
        Objects.requireNonNull(gap, "gap");
        Objects.requireNonNull(power, "power");
        Objects.requireNonNull(categories, "categories");
    }
}
