package sg.assay.server;

import java.util.Locale;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.statistics.distribution.ContinuousDistribution;
import org.apache.commons.statistics.distribution.ExponentialDistribution;
import org.apache.commons.statistics.distribution.LogNormalDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.distribution.UniformContinuousDistribution;
import sg.assay.ConfigException;

/**
 * How long the server waits before answering, in milliseconds: a fixed value or a distribution. Parsed from
 * {@code 50}, {@code fixed:50}, {@code uniform:10-90}, {@code normal:50,10}, {@code exponential:50} (mean) or
 * {@code lognormal:50,0.5} (median, shape). Samples are never negative.
 */
public record Latency(String text, ContinuousDistribution distribution) {
    public static final Latency NONE = parse("0");

    public static Latency parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        int colon = t.indexOf(':');
        String kind = colon < 0 ? "fixed" : t.substring(0, colon);
        String args = colon < 0 ? t : t.substring(colon + 1);
        try {
            return new Latency(t, distribution(kind, args));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(
                    "bad latency '" + text
                            + "'; expected ms, fixed:ms, uniform:lo-hi, normal:mean,sd, exponential:mean or lognormal:median,shape");
        }
    }

    private static ContinuousDistribution distribution(String kind, String args) {
        String[] a = args.split("[,-]");
        return switch (kind) {
            case "fixed" -> UniformContinuousDistribution.of(number(a[0]), Math.nextUp(number(a[0])));
            case "uniform" -> UniformContinuousDistribution.of(number(a[0]), number(a[1]));
            case "normal" -> NormalDistribution.of(number(a[0]), number(a[1]));
            case "exponential" -> ExponentialDistribution.of(number(a[0]));
            case "lognormal" -> LogNormalDistribution.of(Math.log(number(a[0])), number(a[1]));
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static double number(String s) {
        double d = Double.parseDouble(s.strip());
        if (d < 0 || Double.isNaN(d)) {
            throw new IllegalArgumentException(s);
        }
        return d;
    }

    /** One latency sample in whole milliseconds, never negative. */
    public long sampleMillis(UniformRandomProvider random) {
        double ms = distribution.createSampler(random).sample();
        return Math.max(0, Math.round(ms));
    }

    public boolean isZero() {
        return distribution.getSupportUpperBound() < 0.5;
    }
}
