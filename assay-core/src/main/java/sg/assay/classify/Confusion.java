package sg.assay.classify;

/**
 * Counts of a binary classifier's decisions against reference labels, "positive" meaning flagged (harmful, hateful).
 * Ratios with an empty denominator are NaN, never a made-up 0 or 1.
 */
public record Confusion(long truePositives, long falsePositives, long trueNegatives, long falseNegatives) {
    public Confusion {
        if (truePositives < 0 || falsePositives < 0 || trueNegatives < 0 || falseNegatives < 0) {
            throw new IllegalArgumentException("confusion counts must not be negative");
        }
    }

    public static final Confusion EMPTY = new Confusion(0, 0, 0, 0);

    /** These counts plus one decision. */
    public Confusion add(boolean predicted, boolean actual) {
        if (predicted) {
            return actual
                    ? new Confusion(truePositives + 1, falsePositives, trueNegatives, falseNegatives)
                    : new Confusion(truePositives, falsePositives + 1, trueNegatives, falseNegatives);
        }
        return actual
                ? new Confusion(truePositives, falsePositives, trueNegatives, falseNegatives + 1)
                : new Confusion(truePositives, falsePositives, trueNegatives + 1, falseNegatives);
    }

    public Confusion plus(Confusion other) {
        return new Confusion(
                truePositives + other.truePositives,
                falsePositives + other.falsePositives,
                trueNegatives + other.trueNegatives,
                falseNegatives + other.falseNegatives);
    }

    public long total() {
        return truePositives + falsePositives + trueNegatives + falseNegatives;
    }

    public long positives() {
        return truePositives + falseNegatives;
    }

    public long negatives() {
        return trueNegatives + falsePositives;
    }

    public double accuracy() {
        return ratio(truePositives + trueNegatives, total());
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    /** Recall (true-positive rate): the share of actual positives that were flagged. */
    public double recall() {
        return ratio(truePositives, positives());
    }

    /** The false-positive rate: the share of actual negatives that were flagged (over-flagging). */
    public double falsePositiveRate() {
        return ratio(falsePositives, negatives());
    }

    public double specificity() {
        return ratio(trueNegatives, negatives());
    }

    /** F1 = 2TP / (2TP + FP + FN); NaN when there is no positive decision or label at all. */
    public double f1() {
        return ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives);
    }

    /** The mean of recall and specificity. */
    public double balancedAccuracy() {
        return (recall() + specificity()) / 2;
    }

    /**
     * Cohen's kappa between the classifier and the reference: (p_o − p_e) / (1 − p_e), with p_e from the two sets of
     * marginals. NaN when there are no decisions; when p_e = 1 (both always say the same class) it is 1 if they agree
     * everywhere, NaN otherwise.
     */
    public double kappa() {
        double n = total();
        if (n == 0) {
            return Double.NaN;
        }
        double po = (truePositives + trueNegatives) / n;
        double predictedYes = (truePositives + falsePositives) / n;
        double actualYes = positives() / n;
        double pe = predictedYes * actualYes + (1 - predictedYes) * (1 - actualYes);
        if (pe >= 1) {
            return po >= 1 ? 1 : Double.NaN;
        }
        return (po - pe) / (1 - pe);
    }

    private static double ratio(long a, long b) {
        return b == 0 ? Double.NaN : (double) a / b;
    }
}
