package sg.assay.validate;

import java.util.List;

/**
 * Counts of (reference label, predicted label) pairs: rows are the reference (human) labels, columns the scorer's.
 *
 * @param labels the labels, in row and column order
 * @param counts counts[reference][predicted]
 */
@SuppressWarnings("ArrayRecordComponent") // copied in and out
public record ConfusionMatrix(List<String> labels, long[][] counts) {
    public ConfusionMatrix {
        labels = List.copyOf(labels);
        long[][] copy = new long[labels.size()][];
        for (int i = 0; i < labels.size(); i++) {
            if (counts[i].length != labels.size()) {
                throw new IllegalArgumentException("confusion matrix must be square: " + counts[i].length);
            }
            copy[i] = counts[i].clone();
        }
        counts = copy;
    }

    public static ConfusionMatrix empty(List<String> labels) {
        return new ConfusionMatrix(labels, new long[labels.size()][labels.size()]);
    }

    @Override
    public long[][] counts() {
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    public long count(int reference, int predicted) {
        return counts[reference][predicted];
    }

    public long n() {
        long n = 0;
        for (long[] row : counts) {
            for (long c : row) {
                n += c;
            }
        }
        return n;
    }

    long rowSum(int i) {
        long s = 0;
        for (long c : counts[i]) {
            s += c;
        }
        return s;
    }

    long columnSum(int j) {
        long s = 0;
        for (long[] row : counts) {
            s += row[j];
        }
        return s;
    }

    public double accuracy() {
        long n = n();
        long agree = 0;
        for (int i = 0; i < counts.length; i++) {
            agree += counts[i][i];
        }
        return n == 0 ? Double.NaN : (double) agree / n;
    }

    /** TP / (TP + FP) for a label; NaN when the scorer never gave it. */
    public double precision(int label) {
        long predicted = columnSum(label);
        return predicted == 0 ? Double.NaN : (double) counts[label][label] / predicted;
    }

    /** TP / (TP + FN) for a label (its sensitivity); NaN when the reference never has it. */
    public double recall(int label) {
        long actual = rowSum(label);
        return actual == 0 ? Double.NaN : (double) counts[label][label] / actual;
    }

    /** 2TP / (2TP + FP + FN); NaN only when the label appears neither in the reference nor in the predictions. */
    public double f1(int label) {
        long tp = counts[label][label];
        long fp = columnSum(label) - tp;
        long fn = rowSum(label) - tp;
        long d = 2 * tp + fp + fn;
        return d == 0 ? Double.NaN : 2.0 * tp / d;
    }

    /** The mean F1 over the labels where it is defined. */
    public double macroF1() {
        double sum = 0;
        int k = 0;
        for (int i = 0; i < labels.size(); i++) {
            double f = f1(i);
            if (!Double.isNaN(f)) {
                sum += f;
                k++;
            }
        }
        return k == 0 ? Double.NaN : sum / k;
    }

    /**
     * Cohen's κ = (p_o − p_e) / (1 − p_e), with p_o the observed agreement and p_e = Σ row_i · column_i / n² the
     * agreement expected by chance from the margins; NaN when p_e = 1 (both sides gave one label only), and NaN when
     * the reference has one label only: κ is then 0 whatever the scorer did (p_o = p_e), which would cite a judge that
     * is right 19 times in 20 as no better than chance.
     */
    public double kappa() {
        long n = n();
        if (n == 0) {
            return Double.NaN;
        }
        int referenceLabels = 0;
        for (int i = 0; i < labels.size(); i++) {
            referenceLabels += rowSum(i) > 0 ? 1 : 0;
        }
        if (referenceLabels < 2) {
            return Double.NaN;
        }
        double pe = 0;
        for (int i = 0; i < labels.size(); i++) {
            pe += (double) rowSum(i) * columnSum(i);
        }
        pe /= (double) n * n;
        return pe >= 1 ? Double.NaN : (accuracy() - pe) / (1 - pe);
    }

    /** The recall of the other labels taken together, treating {@code positive} as one class (its specificity). */
    public double specificity(int positive) {
        long negatives = n() - rowSum(positive);
        long trueNegatives = negatives - (columnSum(positive) - counts[positive][positive]);
        return negatives == 0 ? Double.NaN : (double) trueNegatives / negatives;
    }

    /** This matrix plus another over the same labels. */
    public ConfusionMatrix plus(ConfusionMatrix other) {
        long[][] sum = counts();
        for (int i = 0; i < sum.length; i++) {
            for (int j = 0; j < sum.length; j++) {
                sum[i][j] += other.counts[i][j];
            }
        }
        return new ConfusionMatrix(labels, sum);
    }
}
