package sg.assay.parity;

import sg.assay.ConfigException;

/**
 * What a suite should be able to show.
 *
 * @param languages the number of languages L, including the reference; L − 1 paired comparisons
 * @param baseline the reference language's expected rate p
 * @param detect the worsening d to detect (the other language's rate is p + d)
 * @param margin the equivalence margin δ, or 0 for no equivalence target
 * @param alpha the family-wise two-sided α (0.05), split over the L − 1 comparisons (Bonferroni)
 * @param power the power per comparison (0.80)
 * @param correlation the assumed within-intent correlation between two languages' outcomes (0 = independent)
 */
public record PlanRequest(
        int languages, double baseline, double detect, double margin, double alpha, double power, double correlation) {
    public PlanRequest {
        if (languages < 2) {
            throw new ConfigException("languages must be at least 2: " + languages);
        }
        if (!(baseline >= 0 && baseline < 1)) {
            throw new ConfigException("baseline must be in [0, 1): " + baseline);
        }
        if (!(detect > 0 && baseline + detect <= 1)) {
            throw new ConfigException("detect must be in (0, 1 − baseline]: " + detect);
        }
        if (!(margin >= 0 && margin < 1)) {
            throw new ConfigException("margin must be in [0, 1), 0 for none: " + margin);
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new ConfigException("alpha must be in (0, 1): " + alpha);
        }
        if (!(power > 0 && power < 1)) {
            throw new ConfigException("power must be in (0, 1): " + power);
        }
        if (!(correlation >= 0 && correlation < 1)) {
            throw new ConfigException("correlation must be in [0, 1): " + correlation);
        }
    }

    /** α = 0.05, power 0.80, independence, no margin. */
    public static PlanRequest of(int languages, double baseline, double detect) {
        return new PlanRequest(languages, baseline, detect, 0, 0.05, 0.80, 0);
    }

    public PlanRequest withMargin(double value) {
        return new PlanRequest(languages, baseline, detect, value, alpha, power, correlation);
    }

    public PlanRequest withCorrelation(double value) {
        return new PlanRequest(languages, baseline, detect, margin, alpha, power, value);
    }

    public PlanRequest withPower(double value) {
        return new PlanRequest(languages, baseline, detect, margin, alpha, value, correlation);
    }
}
