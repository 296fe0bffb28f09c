package sg.assay.parity;

import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How many paired intents a suite needs; the JSON shape of {@code assay plan --json}.
 *
 * @param request what was asked
 * @param comparisons L − 1
 * @param alphaPerComparison α / (L − 1)
 * @param discordance the assumed share of discordant pairs ψ when the rates are p and p + d
 * @param intentsToDetect paired intents (per language) for the stated power to detect d with each comparison
 * @param equivalenceDiscordance ψ when both rates are p (present with a margin)
 * @param intentsForEquivalence paired intents for the stated power to show equivalence within ±δ when the true
 *     difference is 0 (present with a margin)
 * @param assumptions the assumptions in words
 */
public record Plan(
        PlanRequest request,
        int comparisons,
        double alphaPerComparison,
        double discordance,
        int intentsToDetect,
        OptionalDouble equivalenceDiscordance,
        OptionalInt intentsForEquivalence,
        List<String> assumptions) {
    public Plan {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(equivalenceDiscordance, "equivalenceDiscordance");
        Objects.requireNonNull(intentsForEquivalence, "intentsForEquivalence");
        assumptions = List.copyOf(assumptions);
    }
}
