package sg.assay.onnx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import sg.assay.ConfigException;
import sg.assay.classify.Assessment;
import sg.assay.classify.Classification;
import sg.assay.classify.HarmCategory;
import sg.assay.classify.Severity;

/**
 * A classifier's logits onto the common label set: {@code labels=} names, in output order, the common category of
 * each logit ({@code safe}, {@code none} or {@code -} for one that is no harm); the activation is softmax (one label
 * per text) or sigmoid (multi-label). Each category's score is its probability, flagged at {@code threshold}, with
 * Assay's banding of the score as severity; several logits may share a category (the highest wins).
 *
 * @param owner the target, for messages
 * @param categories by logit index; empty for a no-harm logit
 * @param sigmoid true for independent sigmoids, false for one softmax
 * @param threshold the score at which a category is flagged
 */
record LabelMap(String owner, List<Optional<HarmCategory>> categories, boolean sigmoid, double threshold) {
    LabelMap {
        categories = List.copyOf(categories);
    }

    static LabelMap parse(String owner, String labels, String activation, double threshold) {
        List<Optional<HarmCategory>> out = new ArrayList<>();
        for (String raw : labels.split("[,|]")) {
            String l = raw.strip().toLowerCase(Locale.ROOT);
            if (l.equals("safe") || l.equals("none") || l.equals("-")) {
                out.add(Optional.empty());
                continue;
            }
            try {
                out.add(Optional.of(
                        HarmCategory.valueOf(l.toUpperCase(Locale.ROOT).replace('-', '_'))));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(owner + ": label '" + raw.strip() + "' is not a common category; expected"
                        + " safe, or one of "
                        + Arrays.stream(HarmCategory.values())
                                .map(HarmCategory::label)
                                .toList());
            }
        }
        if (out.stream().allMatch(Optional::isEmpty)) {
            throw new ConfigException(
                    owner + ": labels=" + labels + " names no harm category; expected e.g." + " labels=safe,unsafe");
        }
        boolean sigmoid = switch (activation.strip().toLowerCase(Locale.ROOT)) {
            case "softmax" -> false;
            case "sigmoid" -> true;
            default ->
                throw new ConfigException(owner + ": activation=" + activation + "; expected softmax or sigmoid");
        };
        if (threshold < 0 || threshold > 1) {
            throw new ConfigException(owner + ": threshold=" + threshold + "; expected a number in [0, 1]");
        }
        return new LabelMap(owner, out, sigmoid, threshold);
    }

    /** The classification of one text's logits; a logit count unlike the labels' is an error. */
    Classification classify(float[] logits) {
        if (logits.length != categories.size()) {
            throw new ConfigException(owner + ": the model gives " + logits.length + " logits but labels= names "
                    + categories.size() + "; name one label per logit, in order");
        }
        double[] p = sigmoid ? sigmoids(logits) : softmax(logits);
        List<Assessment> parts = new ArrayList<>();
        for (int i = 0; i < p.length; i++) {
            double score = p[i];
            categories
                    .get(i)
                    .ifPresent(c -> parts.add(new Assessment(c, score, Severity.ofScore(score), score >= threshold)));
        }
        return Classification.of(parts);
    }

    static double[] softmax(float[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (float v : z) {
            max = Math.max(max, v);
        }
        double[] p = new double[z.length];
        double sum = 0;
        for (int i = 0; i < z.length; i++) {
            p[i] = Math.exp(z[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < z.length; i++) {
            p[i] /= sum;
        }
        return p;
    }

    private static double[] sigmoids(float[] z) {
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            p[i] = 1 / (1 + Math.exp(-z[i]));
        }
        return p;
    }
}
