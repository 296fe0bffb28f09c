package sg.assay.validate;

/**
 * A rate measured through an imperfect judge, corrected for the judge's sensitivity and specificity.
 *
 * @param raw the share the judge called positive, x / n
 * @param positives x: samples the judge called positive
 * @param n samples judged (judge errors left out)
 * @param sensitivity the judge's sensitivity in the validation, tp / validation positives
 * @param specificity the judge's specificity in the validation, tn / validation negatives
 * @param validationPositives the validation's positive items
 * @param validationNegatives the validation's negative items
 * @param estimate the Rogan–Gladen estimate clipped to [0, 1], or NaN when undefined
 * @param lower the interval's lower end, or NaN
 * @param upper the interval's upper end, or NaN
 * @param method how the interval was computed
 * @param undefined why there is no corrected estimate, or empty
 */
public record CorrectedRate(
        double raw,
        long positives,
        long n,
        double sensitivity,
        double specificity,
        long validationPositives,
        long validationNegatives,
        double estimate,
        double lower,
        double upper,
        String method,
        String undefined) {

    public boolean defined() {
        return undefined.isEmpty();
    }
}
