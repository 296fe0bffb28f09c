package sg.assay.dataset;

import java.util.List;

/**
 * The rows an import skipped because they were malformed (only when asked to skip them).
 *
 * @param count how many rows were skipped
 * @param first the first few errors, each {@code <file>:<line>: <what is wrong>}
 */
public record BadRows(int count, List<String> first) {
    public static final int KEPT = 5;

    public BadRows {
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative: " + count);
        }
        first = List.copyOf(first);
    }

    public static BadRows none() {
        return new BadRows(0, List.of());
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
