package sg.assay.stats;

import java.util.Objects;

/** Two measurements of the same unit (e.g. one sample under two runs, or one intent in two languages). */
public record Pair(double a, double b, String cluster) {
    public Pair {
        Objects.requireNonNull(cluster, "cluster");
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("paired values must be finite: " + a + ", " + b);
        }
    }

    public double difference() {
        return a - b;
    }

    boolean binary() {
        return (a == 0.0 || a == 1.0) && (b == 0.0 || b == 1.0);
    }
}
