package sg.assay.validate;

/**
 * A statistic with its cluster bootstrap percentile interval.
 *
 * @param value the statistic on the data (NaN when undefined)
 * @param lower the interval's lower end (NaN when undefined)
 * @param upper the interval's upper end (NaN when undefined)
 */
public record Estimate(double value, double lower, double upper) {
    public static final Estimate UNDEFINED = new Estimate(Double.NaN, Double.NaN, Double.NaN);

    public boolean defined() {
        return !Double.isNaN(value);
    }
}
