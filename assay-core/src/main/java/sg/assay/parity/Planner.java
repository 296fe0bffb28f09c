package sg.assay.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.commons.statistics.distribution.NormalDistribution;
import sg.assay.ConfigException;

/**
 * Sample sizes and power for paired language comparisons, by the normal approximation for McNemar's test (Connor
 * 1987): with ψ the probability of a discordant pair and d the difference of the two rates, n = [z_{α/2}·√ψ +
 * z_β·√(ψ − d²)]² / d², and power(n) = Φ((|d|·√n − z_{α/2}·√ψ) / √(ψ − d²)). The score interval the parity report
 * uses excludes 0 exactly when this test rejects, so the same n applies to its verdicts.
 *
 * <p>Discordance: with rates p0 and p1 and a within-intent correlation ρ between the two languages' outcomes, P(both)
 * = p0·p1 + ρ·√(p0(1 − p0)p1(1 − p1)) and ψ = p0 + p1 − 2·P(both). ρ = 0 (independence) gives the most discordance
 * for non-negative correlation and so the largest, conservative n.
 *
 * <p>Equivalence: the verdict needs the whole (1 − α')-interval inside ±δ. With a true difference of 0 and
 * discordance ψ0 = 2p(1 − p)(1 − ρ), n = ψ0·(z_{α'/2} + z_{(1+power)/2})² / δ².
 */
public final class Planner {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private Planner() {}

    public static Plan plan(PlanRequest r) {
        int comparisons = r.languages() - 1;
        double alpha = r.alpha() / comparisons;
        double p1 = r.baseline() + r.detect();
        double psi = discordance(r.baseline(), p1, r.correlation());
        int detect = intentsToDetect(r.baseline(), r.detect(), alpha, r.power(), r.correlation());
        List<String> assumptions = new ArrayList<>();
        assumptions.add("each of the " + comparisons + " languages is compared with the reference on the same intents"
                + ", two-sided, at alpha " + r.alpha() + "/" + comparisons + " (Bonferroni)");
        assumptions.add("power " + r.power() + " per comparison, by the normal approximation to McNemar's test"
                + " (Connor 1987); reference rate " + r.baseline() + ", other language " + p1);
        assumptions.add("within-intent correlation " + r.correlation() + " between languages (0 = independent, "
                + "conservative if the real correlation is positive); discordant pairs " + round(psi));
        assumptions.add("one epoch per intent; extra epochs add little when outcomes repeat within an intent");
        if (r.margin() == 0) {
            return new Plan(
                    r, comparisons, alpha, psi, detect, OptionalDouble.empty(), OptionalInt.empty(), assumptions);
        }
        double psi0 = discordance(r.baseline(), r.baseline(), r.correlation());
        int equivalence = intentsForEquivalence(r.baseline(), r.margin(), alpha, r.power(), r.correlation());
        assumptions.add("equivalence within ±" + r.margin() + " when the true difference is 0: the whole "
                + round(100 * (1 - alpha)) + "% interval must fit inside the margin; power is per comparison");
        return new Plan(
                r, comparisons, alpha, psi, detect, OptionalDouble.of(psi0), OptionalInt.of(equivalence), assumptions);
    }

    /** The probability of a discordant pair for rates p0, p1 and within-intent correlation ρ. */
    public static double discordance(double p0, double p1, double correlation) {
        double both = p0 * p1 + correlation * Math.sqrt(p0 * (1 - p0) * p1 * (1 - p1));
        if (both > Math.min(p0, p1) + 1e-12) {
            throw new ConfigException("correlation " + correlation + " is too high for rates " + p0 + " and " + p1);
        }
        return Math.max(0, p0 + p1 - 2 * both);
    }

    /** Paired intents needed to detect a difference d from baseline p0 with a two-sided test at α. */
    public static int intentsToDetect(double p0, double d, double alpha, double power, double correlation) {
        double psi = discordance(p0, p0 + d, correlation);
        double za = z(1 - alpha / 2);
        double zb = z(power);
        double root = za * Math.sqrt(psi) + zb * Math.sqrt(Math.max(0, psi - d * d));
        return (int) Math.ceil(root * root / (d * d));
    }

    /** Paired intents needed to show equivalence within ±margin at two-sided α when the true difference is 0. */
    public static int intentsForEquivalence(double p, double margin, double alpha, double power, double correlation) {
        double psi0 = discordance(p, p, correlation);
        double k = z(1 - alpha / 2) + z((1 + power) / 2);
        return Math.max(1, (int) Math.ceil(psi0 * k * k / (margin * margin)));
    }

    /** The approximate power of the two-sided paired test at α with n pairs, for rates p0 and p1. */
    public static double power(int pairs, double p0, double p1, double alpha, double correlation) {
        double d = Math.abs(p1 - p0);
        double psi = discordance(p0, p1, correlation);
        double spread = Math.sqrt(Math.max(1e-300, psi - d * d));
        return STANDARD_NORMAL.cumulativeProbability(
                (d * Math.sqrt(pairs) - z(1 - alpha / 2) * Math.sqrt(psi)) / spread);
    }

    /**
     * The smallest increase d over baseline p0 that n pairs detect with the given power at two-sided α; empty if even
     * p0 + d = 1 is not enough.
     */
    public static OptionalDouble minimumDetectableDifference(
            int pairs, double baseline, double alpha, double power, double correlation) {
        double max = 1 - baseline;
        if (pairs < 1 || max <= 0 || power(pairs, baseline, 1, alpha, correlation) < power) {
            return OptionalDouble.empty();
        }
        double lo = 0;
        double hi = max;
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            if (power(pairs, baseline, baseline + mid, alpha, correlation) < power) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return OptionalDouble.of(hi);
    }

    private static double z(double p) {
        return STANDARD_NORMAL.inverseCumulativeProbability(p);
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
