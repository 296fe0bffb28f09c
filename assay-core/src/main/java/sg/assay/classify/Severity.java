package sg.assay.classify;

import java.util.Locale;

/** How severe a classifier judged content in one category; ordered from none to high. */
public enum Severity {
    NONE,
    LOW,
    MEDIUM,
    HIGH;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Assay's banding of a probability-like score when a classifier gives no severity: below 0.2 none, below 0.5 low,
     * below 0.8 medium, else high.
     */
    public static Severity ofScore(double score) {
        return score < 0.2 ? NONE : score < 0.5 ? LOW : score < 0.8 ? MEDIUM : HIGH;
    }
}
