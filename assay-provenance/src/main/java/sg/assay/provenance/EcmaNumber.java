package sg.assay.provenance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import sg.assay.ConfigException;

/**
 * Writes a double the way ECMAScript's {@code Number.prototype.toString} does (ECMA-262, Number::toString), which is
 * how RFC 8785 writes numbers. The shortest digits that round-trip come from {@link Double#toString}, which gives
 * exactly those since JDK 19 (JDK-4511638) except where one digit suffices (see {@link #shortest}); the layout differs.
 */
final class EcmaNumber {
    private EcmaNumber() {}

    static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            throw new ConfigException("number " + v + " has no JSON form (RFC 8785 allows finite numbers only)");
        }
        if (v == 0) {
            return "0"; // also -0
        }
        String sign = v < 0 ? "-" : "";
        BigDecimal shortest = shortest(Math.abs(v));
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        int n = k - shortest.scale(); // the value is digits × 10^(n − k)
        return sign + layout(digits, k, n);
    }

    /**
     * The shortest decimal that rounds to {@code v}. Java's rendering differs in one case: when one digit would do,
     * Java picks the closest two-digit decimal (4.9E-324 for the smallest double), ECMAScript the one digit (5e-324).
     */
    private static BigDecimal shortest(double v) {
        BigDecimal java = new BigDecimal(Double.toString(v)).stripTrailingZeros();
        if (java.precision() == 2) {
            BigDecimal one = java.round(new MathContext(1, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(one.toString()) == v) {
                return one.stripTrailingZeros();
            }
        }
        return java;
    }

    private static String layout(String s, int k, int n) {
        if (k <= n && n <= 21) {
            return s + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return s.substring(0, n) + "." + s.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + s;
        }
        int e = n - 1;
        String exponent = "e" + (e < 0 ? "-" : "+") + Math.abs(e);
        return k == 1 ? s + exponent : s.charAt(0) + "." + s.substring(1) + exponent;
    }
}
