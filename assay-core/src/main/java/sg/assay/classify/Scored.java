package sg.assay.classify;

/** One classifier score (higher means more likely positive) with its reference label. */
public record Scored(double score, boolean positive) {
    public Scored {
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("a classifier score must not be NaN");
        }
    }
}
