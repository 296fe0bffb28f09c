package sg.assay.target.embedhead;

import java.util.List;
import java.util.Optional;
import sg.assay.classify.Assessment;
import sg.assay.classify.HarmCategory;
import sg.assay.classify.Severity;

/** One classifier head of a head file: a function from an embedding to an assessment of one common category. */
public sealed interface Head permits Head.Logistic, Head.Softmax {
    /** The head's name in the file, e.g. {@code hateful_l2}. */
    String name();

    HarmCategory category();

    /** The assessment of one embedding (already normalised when the file says so). */
    Assessment assess(float[] x);

    /**
     * {@code sigmoid(w.x + b)}. Flagged at {@code threshold}; the severity is {@code severity} when flagged (LionGuard
     * 2's per-level heads) or else Assay's banding of the score, and none when not flagged with a fixed severity.
     */
    record Logistic(
            String name,
            HarmCategory category,
            double[] weights,
            double bias,
            double threshold,
            Optional<Severity> severity)
            implements Head {
        @Override
        public Assessment assess(float[] x) {
            double p = sigmoid(dot(weights, x) + bias);
            boolean flagged = p >= threshold;
            Severity s = severity.map(v -> flagged ? v : Severity.NONE).orElse(Severity.ofScore(p));
            return new Assessment(category, p, s, flagged);
        }
    }

    /**
     * {@code softmax(W x + b)} over severity levels. The score is the probability of any level above none; the
     * severity is the most probable level. Flagged when the score reaches {@code threshold}, or (without one) when
     * the most probable level is above none.
     */
    record Softmax(
            String name,
            HarmCategory category,
            List<Severity> levels,
            double[][] weights,
            double[] biases,
            Optional<Double> threshold)
            implements Head {
        @Override
        public Assessment assess(float[] x) {
            double[] z = new double[levels.size()];
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < z.length; k++) {
                z[k] = dot(weights[k], x) + biases[k];
                max = Math.max(max, z[k]);
            }
            double sum = 0;
            for (int k = 0; k < z.length; k++) {
                z[k] = Math.exp(z[k] - max);
                sum += z[k];
            }
            int best = 0;
            double harm = 0;
            for (int k = 0; k < z.length; k++) {
                z[k] /= sum;
                best = z[k] > z[best] ? k : best;
                harm += levels.get(k) == Severity.NONE ? 0 : z[k];
            }
            Severity top = levels.get(best);
            double score = harm;
            boolean flagged = threshold.map(t -> score >= t).orElse(top != Severity.NONE);
            return new Assessment(category, score, top, flagged);
        }
    }

    static double dot(double[] w, float[] x) {
        double s = 0;
        for (int i = 0; i < w.length; i++) {
            s += w[i] * x[i];
        }
        return s;
    }

    static double sigmoid(double z) {
        return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
    }
}
