package sg.assay.guard;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import sg.assay.ConfigException;

/**
 * Language-agnostic features of a text: character n-grams of the normalised text (so scripts without spaces, such as
 * Thai and Chinese, are covered) and word unigrams and bigrams, each hashed into {@code 2^bits} buckets. A bucket's
 * value is 1 + ln(count); the vector has unit length. Hashing uses {@link String#hashCode()}'s specified polynomial
 * over code points, mixed with MurmurHash3's finaliser, so a model file stays valid on every JVM.
 *
 * @param bits log2 of the number of buckets (10 to 24)
 * @param minN the shortest character n-gram
 * @param maxN the longest character n-gram
 * @param words whether word unigrams and bigrams are added
 */
public record FeatureSpace(int bits, int minN, int maxN, boolean words) {
    private static final int WORD = 0x2545F491;
    private static final int BIGRAM = 0x6C8E9CF5;

    public FeatureSpace {
        if (bits < 10 || bits > 24) {
            throw new ConfigException("feature bits must be in [10, 24]: " + bits);
        }
        if (minN < 1 || maxN < minN || maxN > 8) {
            throw new ConfigException(
                    "character n-gram range must satisfy 1 <= min <= max <= 8: " + minN + ".." + maxN);
        }
    }

    /** The space the shipped model uses: 2^18 buckets, character 1- to 4-grams, word unigrams and bigrams. */
    public static FeatureSpace standard() {
        return new FeatureSpace(18, 1, 4, true);
    }

    public int dimension() {
        return 1 << bits;
    }

    /**
     * The text as features see it: NFKC, lower case, zero-width characters removed, every digit written as 0, and
     * runs of white space as one space.
     */
    public static String normalise(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0xFEFF || cp == 0x00AD) {
                continue;
            }
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!space) {
                    sb.append(' ');
                    space = true;
                }
                continue;
            }
            sb.appendCodePoint(Character.isDigit(cp) ? '0' : cp);
            space = false;
        }
        int end = sb.length();
        return end > 0 && sb.charAt(end - 1) == ' ' ? sb.substring(0, end - 1) : sb.toString();
    }

    /** The unit-length feature vector of a text (empty for a text with no characters). */
    public SparseVector vector(String text) {
        String norm = normalise(text);
        if (norm.isEmpty()) {
            return new SparseVector(new int[0], new float[0]);
        }
        int[] cps = (" " + norm + " ").codePoints().toArray();
        Buckets b = new Buckets(cps.length * (maxN - minN + 1) + 16);
        int mask = dimension() - 1;
        for (int n = minN; n <= maxN; n++) {
            int seed = 0x9E3779B9 * n;
            for (int i = 0; i + n <= cps.length; i++) {
                if (n == 1 && cps[i] == ' ') {
                    continue;
                }
                int h = seed;
                for (int k = i; k < i + n; k++) {
                    h = 31 * h + cps[k];
                }
                b.add(mix(h) & mask);
            }
        }
        if (words) {
            addWords(cps, b, mask);
        }
        return b.vector();
    }

    private static void addWords(int[] cps, Buckets b, int mask) {
        int previous = 0;
        boolean hasPrevious = false;
        int i = 0;
        while (i < cps.length) {
            if (!isWordChar(cps[i])) {
                i++;
                continue;
            }
            int h = WORD;
            while (i < cps.length && isWordChar(cps[i])) {
                h = 31 * h + cps[i];
                i++;
            }
            b.add(mix(h) & mask);
            if (hasPrevious) {
                b.add(mix(31 * (31 * BIGRAM + previous) + h) & mask);
            }
            previous = h;
            hasPrevious = true;
        }
    }

    private static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** MurmurHash3's 32-bit finaliser: spreads the polynomial hash over all bits. */
    static int mix(int h) {
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        h *= 0xC2B2AE35;
        h ^= h >>> 16;
        return h;
    }

    /** Bucket indices as they are produced, turned into counts by sorting. */
    private static final class Buckets {
        private int[] items;
        private int size;

        Buckets(int capacity) {
            items = new int[capacity];
        }

        void add(int bucket) {
            if (size == items.length) {
                items = Arrays.copyOf(items, size * 2);
            }
            items[size++] = bucket;
        }

        SparseVector vector() {
            Arrays.sort(items, 0, size);
            int[] idx = new int[size];
            float[] val = new float[size];
            int n = 0;
            double norm = 0;
            for (int i = 0; i < size; ) {
                int j = i;
                while (j < size && items[j] == items[i]) {
                    j++;
                }
                double v = 1 + Math.log(j - i);
                idx[n] = items[i];
                val[n] = (float) v;
                norm += v * v;
                n++;
                i = j;
            }
            float scale = n == 0 ? 0 : (float) (1 / Math.sqrt(norm));
            for (int i = 0; i < n; i++) {
                val[i] *= scale;
            }
            return new SparseVector(Arrays.copyOf(idx, n), Arrays.copyOf(val, n));
        }
    }
}
