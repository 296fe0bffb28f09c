package sg.assay.stats;

import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Intervals and tests for the difference between two paired proportions, rate(a) − rate(b), from a {@link
 * PairedCounts} table: Tango's asymptotic score interval, Newcombe's hybrid score (square-and-add) interval and
 * McNemar's tests.
 */
public final class PairedProportions {
    private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

    private PairedProportions() {}

    /**
     * Tango's (1998) asymptotic score interval: all Δ with |Z(Δ)| ≤ z, where Z(Δ) = (n12 − n21 − nΔ) / √(n(2q̂21 +
     * Δ(1 − Δ))) and q̂21 is the maximum-likelihood estimate of the n21 cell probability under the constraint Δ. It
     * excludes 0 exactly when the asymptotic McNemar test rejects at the same level.
     */
    public static Interval tango(PairedCounts counts, double level) {
        requirePairs(counts);
        double z = Proportions.z(level);
        double estimate = counts.difference();
        double lower = Bisection.boundary(-1, estimate, d -> tangoZ(counts, d) > z);
        double upper = Bisection.boundary(estimate, 1, d -> tangoZ(counts, d) >= -z);
        return new Interval(estimate, lower, upper, level, "tango-score");
    }

    /** Tango's score statistic at a hypothesised difference; 0 where it is 0/0 (no discordant pairs at Δ = 0). */
    static double tangoZ(PairedCounts counts, double delta) {
        double n = counts.n();
        double b = counts.onlyA();
        double c = counts.onlyB();
        double w = -b - c + (2 * n - b + c) * delta;
        double q21 = (Math.sqrt(Math.max(0, w * w + 8 * n * c * delta * (1 - delta))) - w) / (4 * n);
        double numerator = b - c - n * delta;
        double variance = n * (2 * q21 + delta * (1 - delta));
        if (variance <= 0) {
            return numerator == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, numerator);
        }
        return numerator / Math.sqrt(variance);
    }

    /**
     * Newcombe's (1998) hybrid score interval for paired data (his method 10, "square-and-add"): the Wilson limits
     * (l1, u1) and (l2, u2) of the two marginal rates are combined with the estimated correlation φ̂ between them;
     * φ̂ uses AD − BC reduced by n/2 when positive (set to 0 when 0 ≤ AD − BC ≤ n/2), as in Newcombe's paper.
     */
    public static Interval newcombe(PairedCounts counts, double level) {
        requirePairs(counts);
        long n = counts.n();
        long row1 = counts.both() + counts.onlyA();
        long col1 = counts.both() + counts.onlyB();
        double p1 = (double) row1 / n;
        double p2 = (double) col1 / n;
        Interval w1 = Proportions.wilson(row1, n, level);
        Interval w2 = Proportions.wilson(col1, n, level);
        double phi = newcombePhi(counts);
        double dl = p1 - w1.lower();
        double du = w2.upper() - p2;
        double el = p2 - w2.lower();
        double eu = w1.upper() - p1;
        double estimate = p1 - p2;
        double lower = estimate - Math.sqrt(Math.max(0, dl * dl + du * du - 2 * phi * dl * du));
        double upper = estimate + Math.sqrt(Math.max(0, el * el + eu * eu - 2 * phi * el * eu));
        return new Interval(estimate, Math.max(-1, lower), Math.min(1, upper), level, "newcombe-hybrid-score");
    }

    private static double newcombePhi(PairedCounts t) {
        double row1 = t.both() + t.onlyA();
        double row2 = t.onlyB() + t.neither();
        double col1 = t.both() + t.onlyB();
        double col2 = t.onlyA() + t.neither();
        if (row1 == 0 || row2 == 0 || col1 == 0 || col2 == 0) {
            return 0;
        }
        double a = (double) t.both() * t.neither() - (double) t.onlyA() * t.onlyB();
        double half = t.n() / 2.0;
        double numerator = a > half ? a - half : (a >= 0 ? 0 : a);
        return numerator / Math.sqrt(row1 * row2 * col1 * col2);
    }

    /**
     * The two-sided mid-p McNemar test: with m = n12 + n21 discordant pairs and k = min(n12, n21), p = 2·[P(X ≤ k) −
     * ½·P(X = k)] for X ~ Binomial(m, ½), capped at 1; 1 when there are no discordant pairs.
     */
    public static double mcnemarMidP(PairedCounts counts) {
        long m = counts.discordant();
        if (m == 0) {
            return 1;
        }
        int k = (int) Math.min(counts.onlyA(), counts.onlyB());
        BinomialDistribution x = BinomialDistribution.of((int) m, 0.5);
        return Math.min(1, 2 * (x.cumulativeProbability(k) - 0.5 * x.probability(k)));
    }

    /** The two-sided exact conditional McNemar test: p = min(1, 2·P(X ≤ k)) for X ~ Binomial(m, ½). */
    public static double mcnemarExactP(PairedCounts counts) {
        long m = counts.discordant();
        if (m == 0) {
            return 1;
        }
        int k = (int) Math.min(counts.onlyA(), counts.onlyB());
        return Math.min(1, 2 * BinomialDistribution.of((int) m, 0.5).cumulativeProbability(k));
    }

    /** The asymptotic McNemar test without continuity correction: z = (n12 − n21) / √(n12 + n21). */
    public static double mcnemarAsymptoticP(PairedCounts counts) {
        long m = counts.discordant();
        if (m == 0) {
            return 1;
        }
        double z = (double) (counts.onlyA() - counts.onlyB()) / Math.sqrt((double) m);
        return 2 * STANDARD_NORMAL.survivalProbability(Math.abs(z));
    }

    private static void requirePairs(PairedCounts counts) {
        if (counts.n() == 0) {
            throw new IllegalArgumentException("a paired interval needs at least one pair");
        }
    }
}
