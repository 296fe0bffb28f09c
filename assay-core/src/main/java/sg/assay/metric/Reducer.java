package sg.assay.metric;

import java.util.Arrays;
import sg.assay.ConfigException;
import sg.assay.Spec;

/** Reduces a sample's values over epochs to one value. */
@FunctionalInterface
public interface Reducer {
    double reduce(double[] epochValues);

    /**
     * Builds a reducer: {@code mean}, {@code max}, {@code min}, {@code median}, {@code at-least:k=K} (1 when at
     * least K epochs scored 1), {@code pass-at:k=K} (the unbiased pass@k estimate).
     */
    static Reducer of(Spec spec) {
        return switch (spec.name()) {
            case "mean" -> values -> Arrays.stream(values).average().orElse(Double.NaN);
            case "max" -> values -> Arrays.stream(values).max().orElse(Double.NaN);
            case "min" -> values -> Arrays.stream(values).min().orElse(Double.NaN);
            case "median" -> Reducer::median;
            case "at-least" -> {
                int k = spec.intParam("k", 1);
                yield values -> Arrays.stream(values).filter(v -> v >= 1.0).count() >= k ? 1.0 : 0.0;
            }
            case "pass-at" -> {
                int k = spec.intParam("k", 1);
                if (k < 1) {
                    throw new ConfigException("pass-at k must be positive: " + k);
                }
                yield values -> passAtK(
                        values.length,
                        (int) Arrays.stream(values).filter(v -> v >= 1.0).count(),
                        k);
            }
            default ->
                throw new ConfigException(
                        "reducer '" + spec.name() + "' not found; known: mean, max, min, median, at-least, pass-at");
        };
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        if (n == 0) {
            return Double.NaN;
        }
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The unbiased pass@k estimator 1 − C(n−c, k) / C(n, k) of Chen et al. (2021). */
    static double passAtK(int n, int c, int k) {
        if (n - c < k) {
            return 1.0;
        }
        double prod = 1.0;
        for (int i = n - c + 1; i <= n; i++) {
            prod *= 1.0 - (double) k / i;
        }
        return 1.0 - prod;
    }
}
