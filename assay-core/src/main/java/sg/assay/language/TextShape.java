package sg.assay.language;

import java.lang.Character.UnicodeScript;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.Map;

/**
 * The script make-up of a text: how many letters each script has (a Han character weighs three, about a word), how
 * many Latin words there are, and how many of them carry diacritics.
 *
 * @param letters weighted letters by Unicode script (common and inherited characters left out)
 * @param latinWords runs of Latin letters
 * @param diacriticWords Latin words with at least one letter outside ASCII (e.g. Vietnamese tone marks)
 */
public record TextShape(Map<UnicodeScript, Integer> letters, int latinWords, int diacriticWords) {
    public TextShape {
        letters = Map.copyOf(letters);
    }

    public static TextShape of(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFC);
        Map<UnicodeScript, Integer> letters = new EnumMap<>(UnicodeScript.class);
        int words = 0;
        int marked = 0;
        boolean inWord = false;
        boolean wordMarked = false;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            UnicodeScript s = UnicodeScript.of(cp);
            boolean latinLetter = s == UnicodeScript.LATIN && Character.isLetter(cp);
            if (latinLetter) {
                wordMarked |= cp > 0x7f;
                inWord = true;
            } else if (inWord) {
                words++;
                marked += wordMarked ? 1 : 0;
                inWord = false;
                wordMarked = false;
            }
            if (s != UnicodeScript.COMMON && s != UnicodeScript.INHERITED && s != UnicodeScript.UNKNOWN) {
                letters.merge(s, s == UnicodeScript.HAN ? 3 : 1, Integer::sum);
            }
        }
        if (inWord) {
            words++;
            marked += wordMarked ? 1 : 0;
        }
        return new TextShape(letters, words, marked);
    }

    /** The share of weighted letters in a script, 0 when the text has no letters. */
    public double share(Script script) {
        int total = letters.values().stream().mapToInt(Integer::intValue).sum();
        return total == 0 ? 0 : (double) letters.getOrDefault(script.unicode(), 0) / total;
    }

    /** The share of Latin words with diacritics, 0 when there are none. */
    public double diacriticShare() {
        return latinWords == 0 ? 0 : (double) diacriticWords / latinWords;
    }
}
