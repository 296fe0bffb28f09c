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

    /** What a threshold maximises on the validation split; ties go to the higher threshold (fewer flags). */
    public enum Objective {
        /** The mean of recall and specificity (equivalently Youden's J): weighs both classes equally. */
        BALANCED_ACCURACY,
        /** F1 on the positive class. */
        F1;

        double of(Confusion c) {
            double v = this == BALANCED_ACCURACY ? c.balancedAccuracy() : c.f1();
            return Double.isNaN(v) ? -1 : v;
        }

        public static Objective parse(String text) {
            return switch (text.strip().toLowerCase(Locale.ROOT)) {
                case "balanced-accuracy", "youden" -> BALANCED_ACCURACY;
                case "f1" -> F1;
                default ->
                    throw new ConfigException(
                            "threshold objective '" + text + "' not known; expected balanced-accuracy or f1");
            };
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
                .max(Comparator.comparingDouble((Curves.Point p) -> objective.of(p.confusion()))
                        .thenComparingDouble(Curves.Point::threshold))
                .orElseThrow();
        int i = points.indexOf(best);
        double below = i + 1 < points.size() ? points.get(i + 1).threshold() : best.threshold();
        double value = i + 1 < points.size() ? (best.threshold() + below) / 2 : best.threshold();
        return new Threshold(value, objective, best.confusion());
    }
}
