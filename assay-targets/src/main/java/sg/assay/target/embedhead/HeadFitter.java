package sg.assay.target.embedhead;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import sg.assay.classify.HarmCategory;
import sg.assay.classify.Severity;
import sg.assay.json.Json;

/**
 * Fits small heads on labelled embeddings by full-batch gradient descent with L2 regularisation, and writes them as
 * head-file JSON. Enough to make a working head from a few hundred examples (and for tests to make one from real
 * embeddings); not a replacement for a proper training pipeline.
 */
public final class HeadFitter {
    private static final int EPOCHS = 500;
    private static final double RATE = 0.5;
    private static final double L2 = 1e-4;

    private HeadFitter() {}

    /** A logistic head for labels 0/1: {@code weights} then {@code bias} in the last slot. */
    public static double[] logistic(List<float[]> x, List<Integer> y) {
        double[][] w = softmax(x, y, 2);
        int d = x.getFirst().length;
        double[] out = new double[d + 1];
        for (int i = 0; i <= d; i++) {
            out[i] = w[1][i] - w[0][i]; // a two-class softmax is a logistic on the difference of its rows
        }
        return out;
    }

    /** A softmax head for labels 0..k-1: one row per class, weights then bias in the last slot. */
    public static double[][] softmax(List<float[]> x, List<Integer> y, int k) {
        int n = x.size();
        int d = x.getFirst().length;
        double[][] w = new double[k][d + 1];
        double[] z = new double[k];
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            double[][] grad = new double[k][d + 1];
            for (int s = 0; s < n; s++) {
                float[] v = x.get(s);
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    z[c] = dot(w[c], v) + w[c][d];
                    max = Math.max(max, z[c]);
                }
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    z[c] = Math.exp(z[c] - max);
                    sum += z[c];
                }
                for (int c = 0; c < k; c++) {
                    double err = z[c] / sum - (y.get(s) == c ? 1 : 0);
                    for (int i = 0; i < d; i++) {
                        grad[c][i] += err * v[i];
                    }
                    grad[c][d] += err;
                }
            }
            for (int c = 0; c < k; c++) {
                for (int i = 0; i <= d; i++) {
                    w[c][i] -= RATE * (grad[c][i] / n + (i < d ? L2 * w[c][i] : 0));
                }
            }
        }
        return w;
    }

    private static double dot(double[] w, float[] v) {
        double s = 0;
        for (int i = 0; i < v.length; i++) {
            s += w[i] * v[i];
        }
        return s;
    }

    /** The JSON of a head file with no heads yet; add heads with {@link #addLogistic} and {@link #addSoftmax}. */
    public static ObjectNode file(String embeddingModel, int dimension, boolean normalize) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("format", HeadFile.FORMAT)
                .put("embedding_model", embeddingModel)
                .put("dimension", dimension)
                .put("normalize", normalize);
        root.putArray("heads");
        return root;
    }

    public static void addLogistic(ObjectNode file, String name, HarmCategory category, double[] weightsAndBias) {
        ObjectNode h = ((ArrayNode) file.get("heads")).addObject();
        h.put("name", name).put("category", category.label()).put("type", "logistic");
        ArrayNode w = h.putArray("weights");
        for (int i = 0; i < weightsAndBias.length - 1; i++) {
            w.add(weightsAndBias[i]);
        }
        h.put("bias", weightsAndBias[weightsAndBias.length - 1]);
    }

    public static void addSoftmax(
            ObjectNode file, String name, HarmCategory category, List<Severity> levels, double[][] rows) {
        ObjectNode h = ((ArrayNode) file.get("heads")).addObject();
        h.put("name", name).put("category", category.label()).put("type", "softmax");
        ArrayNode l = h.putArray("levels");
        levels.forEach(s -> l.add(s.label()));
        ArrayNode w = h.putArray("weights");
        ArrayNode b = h.putArray("biases");
        for (double[] row : rows) {
            ArrayNode r = w.addArray();
            for (int i = 0; i < row.length - 1; i++) {
                r.add(row[i]);
            }
            b.add(row[row.length - 1]);
        }
    }
}
