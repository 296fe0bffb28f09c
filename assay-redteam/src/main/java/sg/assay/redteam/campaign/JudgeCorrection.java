package sg.assay.redteam.campaign;

import java.util.Optional;
import sg.assay.stats.Interval;

/**
 * Corrects an attack success rate for the judge's measured error (sensitivity and specificity per language, from a
 * validation against human labels). The judges module provides the real one; until a judge is validated, rates are
 * shown uncorrected with a note saying so.
 */
public interface JudgeCorrection {

    /**
     * The corrected rate for attacks delivered in {@code language}, or empty when the judge has no validation there.
     *
     * @param raw the raw rate and its interval
     * @param successes judged successes
     * @param attacks attacks judged
     */
    Optional<Interval> correct(Interval raw, long successes, long attacks, String language);

    /** One line for reports on what the correction is based on. */
    String note();

    /** No correction: the judge is not validated. */
    static JudgeCorrection none() {
        return new JudgeCorrection() {
            @Override
            public Optional<Interval> correct(Interval raw, long successes, long attacks, String language) {
                return Optional.empty();
            }

            @Override
            public String note() {
                return "not corrected for judge error: the judge has no validation against human labels";
            }
        };
    }
}
