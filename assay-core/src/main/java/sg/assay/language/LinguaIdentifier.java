package sg.assay.language;

import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Language identification with Lingua, restricted to the eight languages the suite can be written in (Lingua has no
 * Singlish; Filipino is identified as Tagalog). The detector is built on first use and Lingua loads each language's
 * n-gram models only when a text needs them; {@link #close()} unloads them again.
 */
public final class LinguaIdentifier implements LanguageIdentifier, AutoCloseable {
    private static final Map<com.github.pemistahl.lingua.api.Language, String> CODES = codes();

    private volatile @Nullable LanguageDetector detector;

    private static Map<com.github.pemistahl.lingua.api.Language, String> codes() {
        Map<com.github.pemistahl.lingua.api.Language, String> m =
                new EnumMap<>(com.github.pemistahl.lingua.api.Language.class);
        m.put(com.github.pemistahl.lingua.api.Language.ENGLISH, "en");
        m.put(com.github.pemistahl.lingua.api.Language.MALAY, "ms");
        m.put(com.github.pemistahl.lingua.api.Language.INDONESIAN, "id");
        m.put(com.github.pemistahl.lingua.api.Language.TAGALOG, "fil");
        m.put(com.github.pemistahl.lingua.api.Language.VIETNAMESE, "vi");
        m.put(com.github.pemistahl.lingua.api.Language.CHINESE, "zh");
        m.put(com.github.pemistahl.lingua.api.Language.TAMIL, "ta");
        m.put(com.github.pemistahl.lingua.api.Language.THAI, "th");
        return m;
    }

    private LanguageDetector detector() {
        LanguageDetector d = detector;
        if (d == null) {
            synchronized (this) {
                d = detector;
                if (d == null) {
                    d = LanguageDetectorBuilder.fromLanguages(
                                    CODES.keySet().toArray(new com.github.pemistahl.lingua.api.Language[0]))
                            .build();
                    detector = d;
                }
            }
        }
        return d;
    }

    @Override
    public Identification identify(String text) {
        Map<String, Double> out = new LinkedHashMap<>();
        detector().computeLanguageConfidenceValues(text).forEach((lang, value) -> {
            String code = CODES.get(lang);
            if (code != null && value > 0) {
                out.put(code, value);
            }
        });
        return new Identification(out);
    }

    /** Unloads the language models Lingua loaded; the next call loads them again. */
    @Override
    public void close() {
        LanguageDetector d = detector;
        if (d != null) {
            d.unloadLanguageModels();
        }
    }
}
