package sg.assay.target;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Generation settings. Unset values are left to the target's own defaults, so a model family that rejects a setting
 * (e.g. temperature on reasoning models) never fails a run because of a default.
 *
 * @param responseSchema a JSON Schema (as JSON text) the answer should match: a hint that targets able to constrain
 *     their output honour (JSON-Schema response format on OpenAI-compatible APIs, forced tool use on Anthropic) and
 *     others ignore; empty when the answer is free text
 */
public record GenerateConfig(
        OptionalInt maxTokens, OptionalDouble temperature, Duration timeout, Optional<String> responseSchema) {
    /**
     * The response metadata key in which a target says how it honoured {@link #responseSchema()}: {@code
     * json_schema-strict}, {@code json_schema}, {@code tool} (forced tool use) or {@code none} (not honoured, e.g.
     * the server rejected it).
     */
    public static final String STRUCTURED_OUTPUT_META = "structured_output";

    public static final GenerateConfig DEFAULT =
            new GenerateConfig(OptionalInt.empty(), OptionalDouble.empty(), Duration.ofMinutes(2));

    /** Settings for a free-text answer. */
    public GenerateConfig(OptionalInt maxTokens, OptionalDouble temperature, Duration timeout) {
        this(maxTokens, temperature, timeout, Optional.empty());
    }

    public GenerateConfig withResponseSchema(String schema) {
        return new GenerateConfig(maxTokens, temperature, timeout, Optional.of(schema));
    }

    public GenerateConfig withTemperature(double value) {
        return new GenerateConfig(maxTokens, OptionalDouble.of(value), timeout, responseSchema);
    }

    public GenerateConfig withMaxTokens(int value) {
        return new GenerateConfig(OptionalInt.of(value), temperature, timeout, responseSchema);
    }

    public GenerateConfig withTimeout(Duration value) {
        return new GenerateConfig(maxTokens, temperature, value, responseSchema);
    }
}
