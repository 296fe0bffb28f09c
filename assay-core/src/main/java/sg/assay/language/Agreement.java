package sg.assay.language;

import java.util.EnumMap;
import java.util.Map;

/**
 * The thresholds the item checker applies. They are judgement calls documented in docs/languages.md, not fitted.
 * Identification thresholds are on Lingua's relative confidence scale: the most likely language has 1.0 and every
 * other language a value below 1 (close languages such as Malay and Indonesian typically score 0.9 to 0.99 of each
 * other).
 *
 * @param identification per language, the least relative confidence in the item's own language for a standard or
 *     colloquial item (Latin-script languages only; Thai, Tamil and Han are checked by script)
 * @param codeMixed for a code-mixed item, the least relative confidence in its own language
 * @param codeMixedBehindEnglish for a code-mixed item identified as English, the least confidence in its own language
 * @param singlish for Singlish, the least confidence in English when English is not the top language
 * @param indonesianMargin a Malay item identified as Indonesian whose Malay confidence is below 1 minus this margin is
 *     flagged as Indonesian
 * @param minWords items with fewer Latin words are too short to identify and skip the identification check
 * @param script least share of letters in the expected script (standard and colloquial items)
 * @param codeMixedScript least share of letters in the expected script for code-mixed items
 * @param diacritics least share of Vietnamese words with diacritics (standard and colloquial)
 * @param codeMixedDiacritics least share of Vietnamese words with diacritics for code-mixed items
 */
public record Agreement(
        Map<Language, Double> identification,
        double codeMixed,
        double codeMixedBehindEnglish,
        double singlish,
        double indonesianMargin,
        int minWords,
        double script,
        double codeMixedScript,
        double diacritics,
        double codeMixedDiacritics) {
    public Agreement {
        identification = Map.copyOf(identification);
    }

    public static Agreement defaults() {
        Map<Language, Double> id = new EnumMap<>(Language.class);
        id.put(Language.EN, 0.95);
        id.put(Language.MS, 0.95);
        id.put(Language.ID, 0.95);
        id.put(Language.FIL, 0.95);
        id.put(Language.VI, 0.95);
        return new Agreement(id, 0.9, 0.8, 0.9, 0.05, 3, 0.6, 0.4, 0.4, 0.2);
    }

    /** The identification threshold for a language, 0 when the language is not identified by text. */
    public double identification(Language language) {
        return identification.getOrDefault(language, 0.0);
    }
}
