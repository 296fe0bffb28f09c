package sg.assay.parity;

import java.util.Objects;
import sg.assay.ConfigException;

/**
 * The settings of a parity analysis, recorded in its report.
 *
 * @param reference the reference language every other language is compared with (e.g. "en")
 * @param margin the equivalence margin δ on the rate difference (0.05 = 5 points)
 * @param familyLevel the family-wise confidence level (0.95); each of the L − 1 comparisons uses 1 − (1 −
 *     familyLevel)/(L − 1)
 * @param power the power for minimum detectable differences (0.80)
 * @param direction which way of the metric is worse
 * @param correlation the assumed within-intent correlation between two languages' outcomes, for power (0 =
 *     independent, which is conservative when the real correlation is positive)
 * @param seed the seed for every bootstrap and permutation
 * @param replicates the bootstrap and permutation replicates
 */
public record ParitySettings(
        String reference,
        double margin,
        double familyLevel,
        double power,
        Direction direction,
        double correlation,
        long seed,
        int replicates) {
    public static final long DEFAULT_SEED = 20_260_001L;

    public ParitySettings {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(direction, "direction");
        if (!(margin > 0 && margin < 1)) {
            throw new ConfigException("margin must be in (0, 1): " + margin);
        }
        if (!(familyLevel > 0 && familyLevel < 1)) {
            throw new ConfigException("confidence level must be in (0, 1): " + familyLevel);
        }
        if (!(power > 0 && power < 1)) {
            throw new ConfigException("power must be in (0, 1): " + power);
        }
        if (!(correlation >= 0 && correlation < 1)) {
            throw new ConfigException("correlation must be in [0, 1): " + correlation);
        }
        if (replicates < 100) {
            throw new ConfigException("replicates must be at least 100: " + replicates);
        }
    }

    /** δ = 0.05, 95% family-wise, 80% power, higher is worse, independence for power, 10,000 replicates. */
    public static ParitySettings defaults(String reference) {
        return new ParitySettings(reference, 0.05, 0.95, 0.80, Direction.HIGHER_IS_WORSE, 0, DEFAULT_SEED, 10_000);
    }

    public ParitySettings withMargin(double value) {
        return new ParitySettings(reference, value, familyLevel, power, direction, correlation, seed, replicates);
    }

    public ParitySettings withDirection(Direction value) {
        return new ParitySettings(reference, margin, familyLevel, power, value, correlation, seed, replicates);
    }

    public ParitySettings withSeed(long value) {
        return new ParitySettings(reference, margin, familyLevel, power, direction, correlation, value, replicates);
    }

    public ParitySettings withReplicates(int value) {
        return new ParitySettings(reference, margin, familyLevel, power, direction, correlation, seed, value);
    }
}
