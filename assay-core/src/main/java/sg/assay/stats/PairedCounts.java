package sg.assay.stats;

import java.util.List;

/**
 * The four cells of a paired 2×2 table for two binary measurements (a, b) on the same units.
 *
 * @param both pairs with a = 1 and b = 1
 * @param onlyA pairs with a = 1 and b = 0 (the discordant cell n12)
 * @param onlyB pairs with a = 0 and b = 1 (the discordant cell n21)
 * @param neither pairs with a = 0 and b = 0
 */
public record PairedCounts(long both, long onlyA, long onlyB, long neither) {
    public PairedCounts {
        if (both < 0 || onlyA < 0 || onlyB < 0 || neither < 0) {
            throw new IllegalArgumentException(
                    "paired counts must be non-negative: " + both + ", " + onlyA + ", " + onlyB + ", " + neither);
        }
    }

    /** Counts the pairs; every value must be 0 or 1. */
    public static PairedCounts of(List<Pair> pairs) {
        long both = 0;
        long onlyA = 0;
        long onlyB = 0;
        long neither = 0;
        for (Pair p : pairs) {
            if (!p.binary()) {
                throw new IllegalArgumentException("paired counts need values 0 or 1: " + p.a() + ", " + p.b());
            }
            boolean a = p.a() == 1.0;
            boolean b = p.b() == 1.0;
            if (a && b) {
                both++;
            } else if (a) {
                onlyA++;
            } else if (b) {
                onlyB++;
            } else {
                neither++;
            }
        }
        return new PairedCounts(both, onlyA, onlyB, neither);
    }

    public long n() {
        return both + onlyA + onlyB + neither;
    }

    public long discordant() {
        return onlyA + onlyB;
    }

    public double rateA() {
        return (double) (both + onlyA) / n();
    }

    public double rateB() {
        return (double) (both + onlyB) / n();
    }

    /** The paired difference of proportions, rate(a) − rate(b) = (n12 − n21) / n. */
    public double difference() {
        return (double) (onlyA - onlyB) / n();
    }
}
