package sg.assay.convert;

import java.util.SplittableRandom;
import sg.assay.ConfigException;

/**
 * Seeded random perturbations, the augmentations of Best-of-N jailbreaking (Hughes et al. 2024): swapping adjacent
 * letters inside words, random capitalisation and ASCII noise. The same seed and text always give the same output.
 */
final class Noise {
    private Noise() {}

    static double rate(double rate, String converter) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new ConfigException(converter + " rate must be in [0, 1]: " + rate);
        }
        return rate;
    }

    /**
     * In each word of four or more characters, with probability {@code rate}, swaps two adjacent characters that are
     * neither the first nor the last, so the word stays readable.
     */
    static String charSwap(String prompt, double rate, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(prompt.length());
        int i = 0;
        while (i < prompt.length()) {
            int start = i;
            boolean space = Character.isWhitespace(prompt.codePointAt(i));
            while (i < prompt.length() && Character.isWhitespace(prompt.codePointAt(i)) == space) {
                i += Character.charCount(prompt.codePointAt(i));
            }
            String run = prompt.substring(start, i);
            sb.append(space ? run : swapInside(run, rate, random));
        }
        return sb.toString();
    }

    private static String swapInside(String word, double rate, SplittableRandom random) {
        int[] cps = word.codePoints().toArray();
        if (cps.length < 4 || random.nextDouble() >= rate) {
            return word;
        }
        int at = 1 + random.nextInt(cps.length - 3);
        int tmp = cps[at];
        cps[at] = cps[at + 1];
        cps[at + 1] = tmp;
        return new String(cps, 0, cps.length);
    }

    /** Upper-cases each lower-case letter with probability {@code rate}. */
    static String randomCaps(String prompt, double rate, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(prompt.length());
        prompt.codePoints().forEach(cp -> {
            boolean flip = Character.isLowerCase(cp) && random.nextDouble() < rate;
            sb.appendCodePoint(flip ? Character.toUpperCase(cp) : cp);
        });
        return sb.toString();
    }

    /**
     * Shifts each printable ASCII character other than the space by one code point up or down with probability
     * {@code rate}, staying within printable ASCII.
     */
    static String charNoise(String prompt, double rate, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder(prompt.length());
        prompt.codePoints().forEach(cp -> {
            if (cp > 0x20 && cp < 0x7F && random.nextDouble() < rate) {
                int shifted = cp + (random.nextBoolean() ? 1 : -1);
                sb.appendCodePoint(shifted <= 0x20 || shifted >= 0x7F ? cp : shifted);
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.toString();
    }
}
