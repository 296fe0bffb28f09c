package sg.assay.stats;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * The Kaplan–Meier estimate of a survival curve from right-censored times, with Greenwood's variance and pointwise
 * intervals on the log(−log) scale (Kalbfleisch and Prentice), which stay inside [0, 1].
 *
 * <p>For red-teaming the "time" is the number of queries an attack used: an attack that succeeded is an event at the
 * query that succeeded, an attack that ran out of budget is censored at the queries it used. One minus the survival
 * curve is then the probability that an attack has succeeded by a given query budget.
 */
public final class KaplanMeier {
    private KaplanMeier() {}

    /** One observed unit: its time, and whether the event happened then (false: censored, still at risk until then). */
    public record Observation(double time, boolean event) {
        public Observation {
            if (!(time >= 0) || Double.isInfinite(time)) {
                throw new IllegalArgumentException("time must be finite and not negative: " + time);
            }
        }
    }

    /**
     * The curve at one event time.
     *
     * @param time the event time
     * @param atRisk units still at risk just before it
     * @param events events at it
     * @param survival the estimate S(t) just after it
     * @param stderr Greenwood's standard error of S(t)
     * @param lower lower bound of the pointwise interval for S(t)
     * @param upper upper bound of the pointwise interval for S(t)
     */
    public record Step(
            double time, int atRisk, int events, double survival, double stderr, double lower, double upper) {}

    /** The estimate at every distinct event time, in increasing time; censored times only reduce those at risk. */
    public static List<Step> estimate(List<Observation> observations, double level) {
        TreeMap<Double, int[]> byTime = new TreeMap<>();
        for (Observation o : observations) {
            int[] counts = byTime.computeIfAbsent(o.time(), k -> new int[2]);
            counts[o.event() ? 0 : 1]++;
        }
        double z = Proportions.z(level);
        int atRisk = observations.size();
        double survival = 1.0;
        double greenwood = 0.0;
        List<Step> steps = new ArrayList<>();
        for (var e : byTime.entrySet()) {
            int d = e.getValue()[0];
            int c = e.getValue()[1];
            if (d > 0) {
                survival *= 1.0 - (double) d / atRisk;
                greenwood += d == atRisk ? Double.POSITIVE_INFINITY : (double) d / ((double) atRisk * (atRisk - d));
                steps.add(step(e.getKey(), atRisk, d, survival, greenwood, z));
            }
            atRisk -= d + c;
        }
        return List.copyOf(steps);
    }

    private static Step step(double time, int atRisk, int d, double s, double greenwood, double z) {
        if (s <= 0 || Double.isInfinite(greenwood)) {
            return new Step(time, atRisk, d, 0.0, 0.0, 0.0, 0.0);
        }
        double se = s * Math.sqrt(greenwood);
        if (s >= 1) {
            return new Step(time, atRisk, d, s, se, 1.0, 1.0);
        }
        double logLog = Math.log(-Math.log(s));
        double seLogLog = Math.sqrt(greenwood) / Math.abs(Math.log(s));
        double lower = Math.exp(-Math.exp(logLog + z * seLogLog));
        double upper = Math.exp(-Math.exp(logLog - z * seLogLog));
        return new Step(time, atRisk, d, s, se, lower, upper);
    }

    /** S(t): the estimate just after time t (1 before the first event). */
    public static double survivalAt(List<Step> steps, double t) {
        double s = 1.0;
        for (Step step : steps) {
            if (step.time() > t) {
                break;
            }
            s = step.survival();
        }
        return s;
    }
}
