package sg.assay.classify;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import sg.assay.ConfigException;

/**
 * A decision threshold chosen on a validation split: flag when score ≥ {@code value}. The value sits halfway between
 * two adjacent distinct validation scores, so it does not hinge on one example's exact score.
 *
 * @param value the threshold
 * @param objective what it maximised
 * @param validation the decisions it makes on the validation split
 */
public record Threshold(double value, Objective objective, Confusion validation) {

    /** The kinds of objective. */
    public enum Kind {
        /** The mean of recall and specificity (equivalently Youden's J = recall + specificity − 1). */
        BALANCED_ACCURACY,
        /** F1 on the positive class. */
        F1,
        /** The highest specificity among thresholds whose recall is at least the target (a target recall). */
        RECALL,
        /** The highest recall among thresholds whose precision is at least the target (a target precision). */
        PRECISION
    }

    /**
     * What a threshold maximises on the validation split; ties go to the higher threshold (fewer flags).
     *
     * @param kind the objective
     * @param target the recall or precision to reach (NaN for the unconstrained kinds)
     */
    public record Objective(Kind kind, double target) {
        public static final Objective BALANCED_ACCURACY = new Objective(Kind.BALANCED_ACCURACY, Double.NaN);
        public static final Objective F1 = new Objective(Kind.F1, Double.NaN);

        public Objective {
            boolean constrained = kind == Kind.RECALL || kind == Kind.PRECISION;
            if (constrained && !(target > 0 && target <= 1)) {
                throw new ConfigException(
                        "target " + kind.name().toLowerCase(Locale.ROOT) + " " + target + " must be in (0, 1]");
            }
        }

        /** At least this recall, with the highest specificity. */
        public static Objective recallAtLeast(double target) {
            return new Objective(Kind.RECALL, target);
        }

        /** At least this precision, with the highest recall. */
        public static Objective precisionAtLeast(double target) {
            return new Objective(Kind.PRECISION, target);
        }

        /** The kind's name, e.g. {@code BALANCED_ACCURACY} or {@code RECALL} (as the guard model's card records). */
        public String name() {
            return kind.name();
        }

        /** How it is written: {@code youden}, {@code f1}, {@code recall@0.9}, {@code precision@0.8}. */
        public String label() {
            return switch (kind) {
                case BALANCED_ACCURACY -> "youden";
                case F1 -> "f1";
                case RECALL -> "recall@" + fmt(target);
                case PRECISION -> "precision@" + fmt(target);
            };
        }

        boolean feasible(Confusion c) {
            return switch (kind) {
                case RECALL -> c.recall() >= target;
                case PRECISION -> c.precision() >= target;
                default -> true;
            };
        }

        double of(Confusion c) {
            double v = switch (kind) {
                case BALANCED_ACCURACY -> c.balancedAccuracy();
                case F1 -> c.f1();
                case RECALL -> c.specificity();
                case PRECISION -> c.recall();
            };
            return Double.isNaN(v) ? -1 : v;
        }

        public static Objective parse(String text) {
            String t = text.strip().toLowerCase(Locale.ROOT);
            int at = t.indexOf('@');
            if (at > 0) {
                double target;
                try {
                    target = Double.parseDouble(t.substring(at + 1));
                } catch (NumberFormatException e) {
                    throw new ConfigException("threshold objective '" + text + "': '" + t.substring(at + 1)
                            + "' is not a number in (0, 1]");
                }
                return switch (t.substring(0, at)) {
                    case "recall" -> recallAtLeast(target);
                    case "precision" -> precisionAtLeast(target);
                    default -> throw unknown(text);
                };
            }
            return switch (t) {
                case "balanced-accuracy", "youden" -> BALANCED_ACCURACY;
                case "f1" -> F1;
                default -> throw unknown(text);
            };
        }

        private static ConfigException unknown(String text) {
            return new ConfigException("threshold objective '" + text
                    + "' not known; expected youden (balanced-accuracy), f1, recall@X or precision@X");
        }

        private static String fmt(double d) {
            return String.format(Locale.ROOT, "%s", d).replaceAll("\\.?0+$", "");
        }
    }

    /** Chooses the threshold that maximises the objective on a validation sample with both classes. */
    public static Threshold choose(List<Scored> validation, Objective objective) {
        Curves curves = Curves.of(validation);
        if (curves.positives() == 0 || curves.negatives() == 0) {
            throw new ConfigException("a threshold needs validation examples of both classes; got " + curves.positives()
                    + " positive, " + curves.negatives() + " negative");
        }
        List<Curves.Point> points = curves.points();
        Curves.Point best = points.stream()
                .filter(p -> objective.feasible(p.confusion()))
                .max(Comparator.comparingDouble((Curves.Point p) -> objective.of(p.confusion()))
                        .thenComparingDouble(Curves.Point::threshold))
                .orElseThrow(() -> new ConfigException("no threshold reaches " + objective.label()
                        + " on the validation split; the highest precision there is "
                        + String.format(
                                Locale.ROOT,
                                "%.3f",
                                points.stream()
                                        .mapToDouble(Curves.Point::precision)
                                        .filter(d -> !Double.isNaN(d))
                                        .max()
                                        .orElse(Double.NaN))));
        int i = points.indexOf(best);
        double below = i + 1 < points.size() ? points.get(i + 1).threshold() : best.threshold();
        double value = i + 1 < points.size() ? (best.threshold() + below) / 2 : best.threshold();
        return new Threshold(value, objective, best.confusion());
    }
}
