package sg.assay.language;

/**
 * Identifies the language of a text offline. Short and code-mixed text defeats any identifier, so callers compare
 * confidences with per-language thresholds (see {@link ItemChecker}) rather than trusting the top answer alone.
 */
public interface LanguageIdentifier {

    /** Confidences per language code; {@link Identification#none()} when the text has nothing to go on. */
    Identification identify(String text);

    /** An identifier that never answers, for fast checks that leave identification out. */
    static LanguageIdentifier none() {
        return text -> Identification.none();
    }
}
