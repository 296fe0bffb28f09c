package sg.assay.stats;

/** A point estimate with a two-sided interval at a stated confidence level, and the method that produced it. */
public record Interval(double estimate, double lower, double upper, double level, String method) {
    public boolean contains(double value) {
        return lower <= value && value <= upper;
    }

    public double width() {
        return upper - lower;
    }
}
