package sg.assay.stats;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The mean of values with its standard error, plain or clustered. */
public final class Means {
    private Means() {}

    /** A value and the cluster it belongs to (e.g. the intent of a sample). */
    public record Observation(double value, String cluster) {}

    public static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return values.length == 0 ? Double.NaN : sum / values.length;
    }

    /** The standard error of the mean with the sample standard deviation (n − 1). */
    public static double stderr(double[] values) {
        int n = values.length;
        if (n < 2) {
            return Double.NaN;
        }
        double m = mean(values);
        double ss = 0;
        for (double v : values) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (n - 1) / n);
    }

    /**
     * The cluster-robust standard error of the mean (CR1: the sandwich estimator with the G / (G − 1) small-sample
     * factor), for observations that are not independent within a cluster.
     */
    public static double clusteredStderr(List<Observation> observations) {
        int n = observations.size();
        if (n < 2) {
            return Double.NaN;
        }
        double sum = 0;
        for (Observation o : observations) {
            sum += o.value();
        }
        double m = sum / n;
        Map<String, Double> clusterSums = new HashMap<>();
        for (Observation o : observations) {
            clusterSums.merge(o.cluster(), o.value() - m, Double::sum);
        }
        int g = clusterSums.size();
        if (g < 2) {
            return Double.NaN;
        }
        double ss = 0;
        for (double s : clusterSums.values()) {
            ss += s * s;
        }
        return Math.sqrt((double) g / (g - 1) * ss) / n;
    }

    /** A normal-approximation interval for a mean with the given standard error. */
    public static Interval normalInterval(double mean, double stderr, double level, String method) {
        double z = Proportions.z(level);
        return new Interval(mean, mean - z * stderr, mean + z * stderr, level, method);
    }
}
