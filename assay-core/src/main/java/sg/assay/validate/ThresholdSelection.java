package sg.assay.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import sg.assay.ConfigException;
import sg.assay.classify.Confusion;
import sg.assay.classify.Curves;
import sg.assay.classify.Scored;
import sg.assay.classify.Threshold;
import sg.assay.stats.Bootstrap;
import sg.assay.stats.Interval;

/**
 * A decision threshold for a scorer that gives a probability, chosen on one part of the validation items and measured
 * on the other ({@link ValidationSplit}), so the reported numbers are not flattered by the choice. The held-out
 * statistics have cluster bootstrap intervals (whole clusters resampled); the ROC and precision-recall curves are
 * those of the held-out part, from the probabilities the scorer gave in the validation run.
 *
 * @param objective what the threshold maximised on the selection part, e.g. {@code youden} or {@code recall@0.9}
 * @param splitKey what items were split by: {@code cluster} (template or intent) or {@code id}
 * @param split the split's seed and selection share
 * @param selectionClusters distinct keys on the selection side
 * @param heldOutClusters distinct keys on the held-out side
 * @param threshold flag when the probability is at least this
 * @param selection the decisions at the threshold on the selection part
 * @param heldOut the decisions at the threshold on the held-out part
 * @param recall held-out recall (sensitivity) at the threshold
 * @param specificity held-out specificity at the threshold
 * @param precision held-out precision at the threshold
 * @param f1 held-out F1 at the threshold
 * @param auroc the held-out area under the ROC curve
 * @param averagePrecision the held-out average precision
 * @param curves the held-out ROC and precision-recall points
 * @param operatingPoints the thresholds other objectives choose on the selection part, measured on the held-out part
 */
public record ThresholdSelection(
        String objective,
        String splitKey,
        ValidationSplit split,
        long selectionClusters,
        long heldOutClusters,
        double threshold,
        Confusion selection,
        Confusion heldOut,
        Estimate recall,
        Estimate specificity,
        Estimate precision,
        Estimate f1,
        Estimate auroc,
        Estimate averagePrecision,
        Curves curves,
        List<OperatingPoint> operatingPoints) {
    public ThresholdSelection {
        operatingPoints = List.copyOf(operatingPoints);
    }

    /** The objectives every report lists as operating points, besides the chosen one. */
    static final List<String> STANDARD = List.of("youden", "f1", "recall@0.9", "recall@0.95", "precision@0.9");

    /**
     * One objective's choice: its threshold on the selection part and the held-out decisions there.
     *
     * @param objective the objective
     * @param threshold the threshold, or NaN when no selection threshold reaches the objective
     * @param heldOut the held-out decisions at it (empty when unreachable)
     */
    public record OperatingPoint(String objective, double threshold, Confusion heldOut) {}

    /**
     * The selection on the items with a probability, or empty when either side of the split lacks one of the
     * classes.
     */
    public static Optional<ThresholdSelection> of(
            List<ValidationItem> items,
            String positive,
            Threshold.Objective objective,
            ValidationSplit split,
            double level,
            int replicates) {
        Map<String, List<Scored>> selection = new LinkedHashMap<>();
        Map<String, List<Scored>> heldOut = new LinkedHashMap<>();
        boolean clustered = false;
        for (ValidationItem i : items) {
            if (i.judgeError() || Double.isNaN(i.probability()) || positive.isEmpty()) {
                continue;
            }
            clustered |= !i.cluster().isBlank() && !i.cluster().equals(i.id());
            (split.selects(i) ? selection : heldOut)
                    .computeIfAbsent(ValidationSplit.key(i), k -> new ArrayList<>())
                    .add(new Scored(i.probability(), i.reference().equals(positive)));
        }
        List<Scored> sel = flat(selection.values());
        List<Scored> out = flat(heldOut.values());
        if (!bothClasses(sel) || !bothClasses(out)) {
            return Optional.empty();
        }
        Threshold chosen = Threshold.choose(sel, objective);
        List<List<Scored>> units = List.copyOf(heldOut.values());
        double t = chosen.value();
        List<OperatingPoint> points = new ArrayList<>();
        for (String name : STANDARD) {
            points.add(point(sel, out, Threshold.Objective.parse(name)));
        }
        if (!STANDARD.contains(objective.label())) {
            points.add(point(sel, out, objective));
        }
        return Optional.of(new ThresholdSelection(
                objective.label(),
                clustered ? "cluster" : "id",
                split,
                selection.size(),
                heldOut.size(),
                t,
                chosen.validation(),
                confusion(out, t),
                estimate(units, s -> confusion(s, t).recall(), level, split.seed(), replicates),
                estimate(units, s -> confusion(s, t).specificity(), level, split.seed(), replicates),
                estimate(units, s -> confusion(s, t).precision(), level, split.seed(), replicates),
                estimate(units, s -> confusion(s, t).f1(), level, split.seed(), replicates),
                estimate(units, s -> Curves.of(s).auroc(), level, split.seed(), replicates),
                estimate(units, s -> Curves.of(s).averagePrecision(), level, split.seed(), replicates),
                Curves.of(out),
                points));
    }

    private static OperatingPoint point(List<Scored> sel, List<Scored> out, Threshold.Objective objective) {
        try {
            double t = Threshold.choose(sel, objective).value();
            return new OperatingPoint(objective.label(), t, confusion(out, t));
        } catch (ConfigException unreachable) {
            return new OperatingPoint(objective.label(), Double.NaN, Confusion.EMPTY);
        }
    }

    /** The decisions of "flag when score ≥ threshold" on a sample. */
    static Confusion confusion(List<Scored> sample, double threshold) {
        Confusion c = Confusion.EMPTY;
        for (Scored s : sample) {
            c = c.add(s.score() >= threshold, s.positive());
        }
        return c;
    }

    private static Estimate estimate(
            List<List<Scored>> units, Function<List<Scored>, Double> statistic, double level, long seed, int reps) {
        double value = statistic.apply(flat(units));
        if (Double.isNaN(value) || units.size() < 2 || reps < 1) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
        try {
            Interval i = Bootstrap.percentile(
                            units.size(),
                            idx -> {
                                List<Scored> draw = new ArrayList<>();
                                for (int k : idx) {
                                    draw.addAll(units.get(k));
                                }
                                return statistic.apply(draw);
                            },
                            level,
                            seed,
                            reps)
                    .interval();
            return new Estimate(value, i.lower(), i.upper());
        } catch (IllegalArgumentException noFiniteReplicate) {
            return new Estimate(value, Double.NaN, Double.NaN);
        }
    }

    private static List<Scored> flat(java.util.Collection<List<Scored>> parts) {
        List<Scored> out = new ArrayList<>();
        parts.forEach(out::addAll);
        return out;
    }

    private static boolean bothClasses(List<Scored> s) {
        return s.stream().anyMatch(Scored::positive) && s.stream().anyMatch(x -> !x.positive());
    }
}
