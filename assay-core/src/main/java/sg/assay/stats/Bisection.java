package sg.assay.stats;

import java.util.function.DoublePredicate;

/** Root finding by bisection for monotone conditions; 200 halvings reach double precision on any bracket. */
final class Bisection {
    private Bisection() {}

    /**
     * The boundary between {@code low}, where {@code below} holds, and {@code high}, where it does not; the condition
     * must switch once on the bracket.
     */
    static double boundary(double low, double high, DoublePredicate below) {
        double lo = low;
        double hi = high;
        for (int i = 0; i < 200 && hi - lo > 1e-15; i++) {
            double mid = (lo + hi) / 2;
            if (below.test(mid)) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }
}
