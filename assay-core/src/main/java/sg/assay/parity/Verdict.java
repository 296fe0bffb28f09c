package sg.assay.parity;

/**
 * The verdict for one language against the reference, from the paired interval at the adjusted level, in this order
 * of precedence. "Not significantly different" is INCONCLUSIVE, never EQUIVALENT.
 */
public enum Verdict {
    /** The whole interval lies strictly inside (−δ, +δ). */
    EQUIVALENT,
    /** The interval excludes 0 on the worse side (see {@link Direction}). */
    WORSE,
    /** The interval excludes 0 on the better side. */
    BETTER,
    /** Neither: the data cannot tell. */
    INCONCLUSIVE;

    static Verdict of(double lower, double upper, double margin, Direction direction) {
        if (lower > -margin && upper < margin) {
            return EQUIVALENT;
        }
        if (lower > 0) {
            return direction == Direction.HIGHER_IS_WORSE ? WORSE : BETTER;
        }
        if (upper < 0) {
            return direction == Direction.HIGHER_IS_WORSE ? BETTER : WORSE;
        }
        return INCONCLUSIVE;
    }
}
