package sg.assay.target;

import java.time.Duration;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Generation settings. Unset values are left to the target's own defaults, so a model family that rejects a setting
 * (e.g. temperature on reasoning models) never fails a run because of a default.
 */
public record GenerateConfig(OptionalInt maxTokens, OptionalDouble temperature, Duration timeout) {
    public static final GenerateConfig DEFAULT =
            new GenerateConfig(OptionalInt.empty(), OptionalDouble.empty(), Duration.ofSeconds(120));
}
