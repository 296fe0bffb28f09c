package sg.assay.parity;

import java.util.Objects;
import sg.assay.stats.BootstrapInterval;

/**
 * The parity gap: the rate of the worst language minus the rate of the best one (always ≥ 0).
 *
 * <p>The interval comes from a cluster bootstrap over intents that re-selects the worst and the best language in each
 * resample, so it describes the gap as a statistic, not the gap between two languages fixed in advance. Because the
 * maximum of noisy rates overshoots and the minimum undershoots, the estimate is biased upwards, most where the true
 * rates are close: with equal true rates the expected gap is positive, and the percentile interval then rarely reaches
 * down to 0. Read a small gap as "at most this large", not as evidence of a difference; use the paired comparisons and
 * Cochran's Q for that. The interval also under-covers when the true gap is only a few standard errors wide (about
 * 80–86% for a 5-point gap over 300 intents); its coverage holds for gaps of 10 points and more at that size.
 *
 * @param worst the worst language on the observed data
 * @param best the best language on the observed data
 * @param bootstrap the gap, its percentile interval and the resampling record
 */
public record ParityGap(String worst, String best, BootstrapInterval bootstrap) {
    public ParityGap {
        Objects.requireNonNull(worst, "worst");
        Objects.requireNonNull(best, "best");
        Objects.requireNonNull(bootstrap, "bootstrap");
    }

    public double gap() {
        return bootstrap.interval().estimate();
    }
}
