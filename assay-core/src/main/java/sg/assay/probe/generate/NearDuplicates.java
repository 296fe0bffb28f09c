package sg.assay.probe.generate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps a text only when it is new: not equal to a kept one after normalisation (compatibility forms, case,
 * punctuation and spacing), and not a near-duplicate by the Jaccard similarity of character trigrams taken with spaces
 * removed, which works for scripts written without spaces (Thai, Chinese) as well as for the others.
 */
final class NearDuplicates {
    private final double threshold;
    private final Set<String> exact = new HashSet<>();
    private final List<Set<String>> kept = new ArrayList<>();

    NearDuplicates(double threshold) {
        if (threshold <= 0 || threshold > 1) {
            throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    /** Adds the text if it is new and says whether it was. */
    boolean add(String text) {
        String n = normalise(text).replace(" ", "");
        if (n.isEmpty() || exact.contains(n)) {
            return false;
        }
        Set<String> grams = trigrams(n);
        for (Set<String> k : kept) {
            if (jaccard(grams, k) >= threshold) {
                return false;
            }
        }
        exact.add(n);
        kept.add(grams);
        return true;
    }

    static String normalise(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        t = t.replaceAll("[\\p{P}\\p{S}]+", " ");
        return t.replaceAll("\\s+", " ").strip();
    }

    static Set<String> trigrams(String normal) {
        Set<String> out = new HashSet<>();
        int[] cps = normal.codePoints().toArray();
        if (cps.length < 3) {
            out.add(normal);
            return out;
        }
        for (int i = 0; i + 3 <= cps.length; i++) {
            out.add(new String(cps, i, 3));
        }
        return out;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        int common = 0;
        for (String g : a) {
            if (b.contains(g)) {
                common++;
            }
        }
        int union = a.size() + b.size() - common;
        return union == 0 ? 1.0 : (double) common / union;
    }
}
