package sg.assay.convert;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Replaces Latin letters and digits by characters of other scripts that look the same, from the Unicode confusables
 * data (UTS #39) as ICU4J's {@link SpoofChecker} ships it: a character is a look-alike of an ASCII letter when both
 * have the same confusable skeleton. Cyrillic look-alikes are preferred, then Greek, Armenian and Cherokee.
 */
final class Confusables {
    private static final int[][] BLOCKS = {
        {0x0400, 0x04FF}, // Cyrillic
        {0x0370, 0x03FF}, // Greek
        {0x0531, 0x058F}, // Armenian
        {0x13A0, 0x13F5} // Cherokee
    };

    private static final Map<Integer, Integer> LOOK_ALIKE = build();

    private Confusables() {}

    private static Map<Integer, Integer> build() {
        SpoofChecker checker =
                new SpoofChecker.Builder().setChecks(SpoofChecker.CONFUSABLE).build();
        Map<String, List<Integer>> asciiBySkeleton = new HashMap<>();
        for (int c = '0'; c <= 'z'; c++) {
            if (Character.isLetterOrDigit(c)) {
                asciiBySkeleton
                        .computeIfAbsent(checker.getSkeleton(new String(Character.toChars(c))), k -> new ArrayList<>())
                        .add(c);
            }
        }
        Map<Integer, Integer> out = new HashMap<>();
        for (int[] block : BLOCKS) {
            for (int cp = block[0]; cp <= block[1]; cp++) {
                if (!UCharacter.isLetter(cp) || UScript.getScript(cp) == UScript.LATIN) {
                    continue;
                }
                String skeleton = checker.getSkeleton(new String(Character.toChars(cp)));
                for (int c : asciiBySkeleton.getOrDefault(skeleton, List.of())) {
                    out.putIfAbsent(c, cp);
                }
            }
        }
        return Map.copyOf(out);
    }

    /** The look-alike of an ASCII letter or digit, or the character itself when there is none. */
    static int lookAlike(int cp) {
        return LOOK_ALIKE.getOrDefault(cp, cp);
    }

    /** Replaces each character that has a look-alike with probability {@code rate}. */
    static String convert(String prompt, double rate, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(prompt.length());
        prompt.codePoints().forEach(cp -> {
            int alike = lookAlike(cp);
            sb.appendCodePoint(alike != cp && (rate >= 1 || random.nextDouble() < rate) ? alike : cp);
        });
        return sb.toString();
    }
}
