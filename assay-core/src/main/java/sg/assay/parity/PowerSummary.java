package sg.assay.parity;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What the table could have detected.
 *
 * @param power the power the minimum detectable differences are computed for (0.80)
 * @param alphaPerComparison the two-sided α of each comparison after the Bonferroni adjustment
 * @param correlation the within-intent correlation assumed between languages
 * @param largestMinimumDetectableDifference the largest minimum detectable difference over the comparisons (empty if
 *     one of them cannot reach the power at all)
 * @param assumption the discordance assumption in words
 */
public record PowerSummary(
        double power,
        double alphaPerComparison,
        double correlation,
        OptionalDouble largestMinimumDetectableDifference,
        String assumption) {
    public PowerSummary {
        Objects.requireNonNull(largestMinimumDetectableDifference, "largestMinimumDetectableDifference");
        Objects.requireNonNull(assumption, "assumption");
    }
}
