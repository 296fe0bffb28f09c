package sg.assay.validate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import sg.assay.dataset.LabelSource;

/**
 * How to validate.
 *
 * @param declaredSource who labelled samples that do not say ({@code human}, {@code template}, {@code source}), or
 *     empty
 * @param allowed the label sources accepted besides {@code human} ({@code template}, {@code source}); never
 *     {@code model}
 * @param labels the common labels, for scorers that are not judges (empty: the judge's)
 * @param positive the positive label (empty: the judge's)
 * @param annotators metadata columns holding one annotator's label each (empty: {@code annotator_N} or
 *     {@code count_sentiment_<label>})
 * @param filters sample filters, e.g. {@code language=ms}
 * @param limit at most this many samples (0: all)
 * @param seed the run's and the bootstrap's seed
 * @param maxConnections concurrent judge requests
 */
public record ValidationOptions(
        String declaredSource,
        Set<LabelSource> allowed,
        List<String> labels,
        String positive,
        List<String> annotators,
        Map<String, String> filters,
        int limit,
        long seed,
        int maxConnections) {
    public ValidationOptions {
        allowed = Set.copyOf(allowed);
        labels = List.copyOf(labels);
        annotators = List.copyOf(annotators);
        filters = Map.copyOf(filters);
        if (allowed.contains(LabelSource.MODEL)) {
            throw new sg.assay.ConfigException("labels produced by a model cannot be ground truth; allow only template"
                    + " or source labels besides human ones");
        }
    }

    public static ValidationOptions defaults() {
        return new ValidationOptions("", Set.of(), List.of(), "", List.of(), Map.of(), 0, 42, 8);
    }
}
