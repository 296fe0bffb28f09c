package sg.assay.validate;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.DiscreteDistribution;
import sg.assay.stats.Proportions;

/**
 * The Rogan–Gladen (1978) correction of an apparent rate p̂ for a judge's sensitivity Se and specificity Sp:
 * π̂ = (p̂ + Sp − 1) / (Se + Sp − 1), clipped to [0, 1]. Its interval carries the uncertainty of all three estimates:
 * by a parametric bootstrap that redraws the test sample and both validation groups from their binomials, or by the
 * adjusted Wald interval of Lang and Reiczigel (2014). Undefined when a validation group is empty or Se + Sp ≤ 1.
 */
public final class RoganGladen {
    private RoganGladen() {}

    /** The point estimate, clipped to [0, 1]; NaN when Se + Sp ≤ 1. */
    public static double estimate(double apparent, double sensitivity, double specificity) {
        double youden = sensitivity + specificity - 1;
        if (!(youden > 0)) {
            return Double.NaN;
        }
        return Math.min(1, Math.max(0, (apparent + specificity - 1) / youden));
    }

    /**
     * The corrected rate with a parametric bootstrap percentile interval.
     *
     * @param x samples the judge called positive, of {@code n}
     * @param tp validation positives the judge called positive, of {@code nPos}
     * @param tn validation negatives the judge called negative, of {@code nNeg}
     */
    public static CorrectedRate bootstrap(
            long x, long n, long tp, long nPos, long tn, long nNeg, double level, long seed, int replicates) {
        CorrectedRate base = point(x, n, tp, nPos, tn, nNeg, "parametric-bootstrap");
        if (!base.defined()) {
            return base;
        }
        SplittableRandom random = new SplittableRandom(seed);
        UniformRandomProvider rng = random::nextLong;
        DiscreteDistribution.Sampler test = sampler(rng, n, base.raw());
        DiscreteDistribution.Sampler positives = sampler(rng, nPos, base.sensitivity());
        DiscreteDistribution.Sampler negatives = sampler(rng, nNeg, base.specificity());
        double[] reps = new double[replicates];
        int valid = 0;
        for (int r = 0; r < replicates; r++) {
            double p = (double) test.sample() / n;
            double se = (double) positives.sample() / nPos;
            double sp = (double) negatives.sample() / nNeg;
            double v = estimate(p, se, sp);
            if (!Double.isNaN(v)) {
                reps[valid++] = v;
            }
        }
        double[] sorted = Arrays.copyOf(reps, valid);
        Arrays.sort(sorted);
        double alpha = 1 - level;
        return with(base, quantile(sorted, alpha / 2), quantile(sorted, 1 - alpha / 2));
    }

    /**
     * The corrected rate with the Lang–Reiczigel interval: Agresti–Coull-style adjusted estimates (apparent rate with
     * z²/2 added to the positives and z² to n; Se and Sp with 1 added to the hits and 2 to the group), the adjusted
     * Rogan–Gladen estimate shifted by 2z²·(π·Se(1−Se)/n_Se − (1−π)·Sp(1−Sp)/n_Sp), ± z times the delta-method standard
     * error, clipped to [0, 1].
     */
    public static CorrectedRate langReiczigel(long x, long n, long tp, long nPos, long tn, long nNeg, double level) {
        CorrectedRate base = point(x, n, tp, nPos, tn, nNeg, "lang-reiczigel");
        if (!base.defined()) {
            return base;
        }
        double z = Proportions.z(level);
        double z2 = z * z;
        double nSe = nPos + 2.0;
        double nSp = nNeg + 2.0;
        double se = (tp + 1.0) / nSe;
        double sp = (tn + 1.0) / nSp;
        double nAp = n + z2;
        double ap = (x + z2 / 2) / nAp;
        double youden = se + sp - 1;
        double p = (ap + sp - 1) / youden;
        double shift = 2 * z2 * (p * se * (1 - se) / nSe - (1 - p) * sp * (1 - sp) / nSp);
        double variance = (ap * (1 - ap) / nAp + p * p * se * (1 - se) / nSe + (1 - p) * (1 - p) * sp * (1 - sp) / nSp)
                / (youden * youden);
        double half = z * Math.sqrt(variance);
        return with(base, Math.max(0, p + shift - half), Math.min(1, p + shift + half));
    }

    private static CorrectedRate point(long x, long n, long tp, long nPos, long tn, long nNeg, String method) {
        double raw = n == 0 ? Double.NaN : (double) x / n;
        double se = nPos == 0 ? Double.NaN : (double) tp / nPos;
        double sp = nNeg == 0 ? Double.NaN : (double) tn / nNeg;
        String why = "";
        if (n == 0) {
            why = "no judged samples";
        } else if (nPos == 0) {
            why = "no positive items in the validation, so the judge's sensitivity is unknown";
        } else if (nNeg == 0) {
            why = "no negative items in the validation, so the judge's specificity is unknown";
        } else if (se + sp <= 1) {
            why = "the judge is no better than chance here (Se + Sp <= 1)";
        }
        double estimate = why.isEmpty() ? estimate(raw, se, sp) : Double.NaN;
        return new CorrectedRate(raw, x, n, se, sp, nPos, nNeg, estimate, Double.NaN, Double.NaN, method, why);
    }

    private static CorrectedRate with(CorrectedRate b, double lower, double upper) {
        return new CorrectedRate(
                b.raw(),
                b.positives(),
                b.n(),
                b.sensitivity(),
                b.specificity(),
                b.validationPositives(),
                b.validationNegatives(),
                b.estimate(),
                lower,
                upper,
                b.method(),
                "");
    }

    private static DiscreteDistribution.Sampler sampler(UniformRandomProvider rng, long trials, double p) {
        if (p <= 0 || p >= 1) {
            int fixed = p <= 0 ? 0 : (int) trials;
            return () -> fixed;
        }
        return BinomialDistribution.of((int) trials, p).createSampler(rng);
    }

    static double quantile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        double h = (sorted.length - 1) * Math.min(Math.max(p, 0), 1);
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
