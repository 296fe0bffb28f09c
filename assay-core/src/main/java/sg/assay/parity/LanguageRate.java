package sg.assay.parity;

import java.util.Objects;
import sg.assay.stats.Interval;

/**
 * The rate of one language over all its observations.
 *
 * @param language the language tag
 * @param n the observations (intents × epochs)
 * @param positives the observations with value 1
 * @param intents the distinct intents
 * @param wilson the rate with its Wilson 95% interval (treats epochs as independent; see docs/statistics.md)
 * @param exactUpper the one-sided exact (Clopper–Pearson) 95% upper bound, for thresholds
 */
public record LanguageRate(String language, long n, long positives, int intents, Interval wilson, double exactUpper) {
    public LanguageRate {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(wilson, "wilson");
    }

    public double rate() {
        return wilson.estimate();
    }
}
