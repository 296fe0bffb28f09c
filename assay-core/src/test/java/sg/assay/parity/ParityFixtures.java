package sg.assay.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Builders of synthetic parity data for tests. */
final class ParityFixtures {
    private ParityFixtures() {}

    /**
     * A paired table for one language against "en" on intents i0..i(n−1): the first {@code both} intents are 1 in
     * both, then {@code onlyLang} are 1 only in the language, then {@code onlyEn} only in English, the rest 0.
     */
    static void table(List<Observation> out, String language, int both, int onlyLang, int onlyEn, int n, boolean en) {
        for (int i = 0; i < n; i++) {
            int lang = i < both + onlyLang ? 1 : 0;
            int ref = i < both || (i >= both + onlyLang && i < both + onlyLang + onlyEn) ? 1 : 0;
            String category = i % 2 == 0 ? "weapons" : "fraud";
            out.add(new Observation("i" + i, language, category, 1, lang));
            if (en) {
                out.add(new Observation("i" + i, "en", category, 1, ref));
            }
        }
    }

    /** Independent Bernoulli outcomes for each language's rate, with a shared per-intent propensity. */
    static List<Observation> simulate(double[] rates, String[] languages, int intents, int epochs, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Observation> out = new ArrayList<>();
        for (int i = 0; i < intents; i++) {
            for (int l = 0; l < languages.length; l++) {
                for (int e = 1; e <= epochs; e++) {
                    int v = random.nextDouble() < rates[l] ? 1 : 0;
                    out.add(new Observation("i" + i, languages[l], i % 3 == 0 ? "a" : "b", e, v));
                }
            }
        }
        return out;
    }
}
