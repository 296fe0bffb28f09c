package sg.assay.redteam.campaign;

import java.util.Optional;
import sg.assay.stats.Interval;

/**
 * Corrects an attack success rate for the judge's measured error (sensitivity and specificity per language, from a
 * validation against human labels): {@link ValidatedCorrection} from a stored validation, {@link #none()} when the
 * judge has none, so rates are shown uncorrected with a note saying so.
 */
public interface JudgeCorrection {

    /** What a rate's language says where the judge has no validation. */
    String NOT_VALIDATED = sg.assay.validate.JudgeCorrection.NOT_VALIDATED;

    /**
     * The corrected rate for attacks delivered in {@code language}, with the validation's citation there.
     *
     * @param raw the raw rate and its interval
     * @param successes judged successes, at the design-effect sample size when behaviours repeat
     * @param attacks attacks judged, at the design-effect sample size
     * @param language the language the attacks were delivered in, or empty when they span several
     */
    Corrected correct(Interval raw, long successes, long attacks, String language);

    /** One line for reports on what the correction is based on. */
    String note();

    /**
     * The outcome of a correction.
     *
     * @param rate the corrected rate and interval, or empty (not validated, several languages, or undefined)
     * @param validation the validation's citation in that language, {@code not validated for this language}, or why
     *     there is no correction
     */
    record Corrected(Optional<Interval> rate, String validation) {}

    /** No correction: the judge is not validated. */
    static JudgeCorrection none() {
        return new JudgeCorrection() {
            @Override
            public Corrected correct(Interval raw, long successes, long attacks, String language) {
                return new Corrected(Optional.empty(), NOT_VALIDATED);
            }

            @Override
            public String note() {
                return "not corrected for judge error: the judge has no validation against human labels";
            }
        };
    }
}
