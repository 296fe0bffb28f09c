package sg.assay.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Computes a {@link ValidationResult} from items. Intervals come from a cluster bootstrap: whole clusters (templates
 * or intents) are drawn with replacement, because items made from one template are not independent; every statistic
 * of a replicate is computed from the same draw. Replicates where a statistic is undefined are left out of its
 * interval.
 */
public final class ValidationAnalysis {
    private final List<String> labels;
    private final String positive;
    private final double level;
    private final long seed;
    private final int replicates;

    /**
     * @param labels the common labels, in table order
     * @param positive the positive label, or empty
     */
    public ValidationAnalysis(List<String> labels, String positive, double level, long seed, int replicates) {
        this.labels = List.copyOf(labels);
        this.positive = positive;
        this.level = level;
        this.seed = seed;
        this.replicates = replicates;
    }

    /** The statistics of one cluster, summed over resampled clusters. */
    private static final class Part {
        final long[][] confusion;
        final double[][] coincidence;
        double squaredError;
        long probabilities;

        Part(int k, int c) {
            confusion = new long[k][k];
            coincidence = new double[c][c];
        }
    }

    public ValidationResult analyse(String scope, List<ValidationItem> items) {
        List<String> categories = annotationCategories(items);
        Map<String, Part> byCluster = new LinkedHashMap<>();
        long errors = 0;
        long annotated = 0;
        List<Double> probs = new ArrayList<>();
        List<Boolean> outcomes = new ArrayList<>();
        Map<String, Long> models = new TreeMap<>();
        for (ValidationItem item : items) {
            models.merge(item.responseModel().isBlank() ? "not stated" : item.responseModel(), 1L, Long::sum);
            if (item.judgeError()) {
                errors++;
                continue;
            }
            Part part = byCluster.computeIfAbsent(item.cluster(), k -> new Part(labels.size(), categories.size()));
            part.confusion[labels.indexOf(item.reference())][labels.indexOf(item.predicted())]++;
            if (addCoincidences(part.coincidence, categories, item.annotations())) {
                annotated++;
            }
            if (!Double.isNaN(item.probability()) && !positive.isEmpty()) {
                boolean yes = item.reference().equals(positive);
                part.squaredError += Math.pow(item.probability() - (yes ? 1 : 0), 2);
                part.probabilities++;
                probs.add(item.probability());
                outcomes.add(yes);
            }
        }
        List<Part> parts = List.copyOf(byCluster.values());
        double[] observed = statistics(sum(parts, identity(parts.size())));
        double[][] reps = replicate(parts);
        Estimate[] est = new Estimate[observed.length];
        for (int s = 0; s < observed.length; s++) {
            est[s] = estimate(observed[s], reps, s);
        }
        Part all = sum(parts, identity(parts.size()));
        ConfusionMatrix confusion = new ConfusionMatrix(labels, all.confusion);
        List<ValidationResult.ClassStats> classes = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            classes.add(new ValidationResult.ClassStats(
                    labels.get(i), confusion.rowSum(i), est[6 + 3 * i], est[7 + 3 * i], est[8 + 3 * i]));
        }
        double[] p = probs.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] y = new boolean[outcomes.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = outcomes.get(i);
        }
        return new ValidationResult(
                scope,
                confusion.n(),
                errors,
                parts.size(),
                confusion,
                est[0],
                est[1],
                est[2],
                classes,
                positive,
                est[3],
                est[4],
                est[5],
                annotated,
                p.length == 0 ? Estimate.UNDEFINED : brier(est),
                Calibration.reliability(p, y, 10),
                p.length,
                models);
    }

    private static Estimate brier(Estimate[] est) {
        return est[est.length - 1];
    }

    /** accuracy, κ, macro F1, sensitivity, specificity, α, then P/R/F1 per label, then Brier. */
    private double[] statistics(Part p) {
        ConfusionMatrix m = new ConfusionMatrix(labels, p.confusion);
        int pos = labels.indexOf(positive);
        double[] out = new double[6 + 3 * labels.size() + 1];
        out[0] = m.accuracy();
        out[1] = m.kappa();
        out[2] = m.macroF1();
        out[3] = pos < 0 ? Double.NaN : m.recall(pos);
        out[4] = pos < 0 ? Double.NaN : m.specificity(pos);
        out[5] = alpha(p.coincidence);
        for (int i = 0; i < labels.size(); i++) {
            out[6 + 3 * i] = m.precision(i);
            out[7 + 3 * i] = m.recall(i);
            out[8 + 3 * i] = m.f1(i);
        }
        out[out.length - 1] = p.probabilities == 0 ? Double.NaN : p.squaredError / p.probabilities;
        return out;
    }

    private double[][] replicate(List<Part> parts) {
        if (parts.size() < 2) {
            return new double[0][];
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[][] reps = new double[replicates][];
        int[] idx = new int[parts.size()];
        for (int r = 0; r < replicates; r++) {
            for (int i = 0; i < idx.length; i++) {
                idx[i] = random.nextInt(parts.size());
            }
            reps[r] = statistics(sum(parts, idx));
        }
        return reps;
    }

    private Estimate estimate(double value, double[][] reps, int s) {
        if (Double.isNaN(value)) {
            return Estimate.UNDEFINED;
        }
        double[] v = new double[reps.length];
        int k = 0;
        for (double[] rep : reps) {
            if (Double.isFinite(rep[s])) {
                v[k++] = rep[s];
            }
        }
        if (k == 0) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
        double[] sorted = java.util.Arrays.copyOf(v, k);
        java.util.Arrays.sort(sorted);
        double alpha = 1 - level;
        return new Estimate(
                value, RoganGladen.quantile(sorted, alpha / 2), RoganGladen.quantile(sorted, 1 - alpha / 2));
    }

    private Part sum(List<Part> parts, int[] idx) {
        int c = parts.isEmpty() ? 0 : parts.getFirst().coincidence.length;
        Part total = new Part(labels.size(), c);
        for (int i : idx) {
            Part p = parts.get(i);
            for (int a = 0; a < labels.size(); a++) {
                for (int b = 0; b < labels.size(); b++) {
                    total.confusion[a][b] += p.confusion[a][b];
                }
            }
            for (int a = 0; a < c; a++) {
                for (int b = 0; b < c; b++) {
                    total.coincidence[a][b] += p.coincidence[a][b];
                }
            }
            total.squaredError += p.squaredError;
            total.probabilities += p.probabilities;
        }
        return total;
    }

    private static int[] identity(int n) {
        int[] idx = new int[n];
        java.util.Arrays.setAll(idx, i -> i);
        return idx;
    }

    private static List<String> annotationCategories(List<ValidationItem> items) {
        TreeSet<String> c = new TreeSet<>();
        items.forEach(i -> c.addAll(i.annotations().keySet()));
        return List.copyOf(c);
    }

    private static boolean addCoincidences(double[][] cells, List<String> categories, Map<String, Integer> item) {
        int m = item.values().stream().mapToInt(Integer::intValue).sum();
        if (m < 2) {
            return false;
        }
        item.forEach((c, nc) -> item.forEach((k, nk) -> {
            double v = c.equals(k) ? (double) nc * (nc - 1) : (double) nc * nk;
            cells[categories.indexOf(c)][categories.indexOf(k)] += v / (m - 1);
        }));
        return true;
    }

    /** Nominal α from a dense coincidence matrix (see {@link Krippendorff}). */
    static double alpha(double[][] o) {
        int c = o.length;
        double[] margin = new double[c];
        double n = 0;
        double disagree = 0;
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < c; j++) {
                margin[i] += o[i][j];
                n += o[i][j];
                disagree += i == j ? 0 : o[i][j];
            }
        }
        double expected = 0;
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < c; j++) {
                expected += i == j ? 0 : margin[i] * margin[j];
            }
        }
        return n < 2 || expected == 0 ? Double.NaN : 1 - (n - 1) * disagree / expected;
    }
}
