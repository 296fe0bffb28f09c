package sg.assay.score.judge;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import sg.assay.ConfigException;
import sg.assay.Spec;

/**
 * How a judge is asked.
 *
 * @param temperature the sampling temperature: 0 by default, which targets send only where the model accepts it
 *     (OpenAI's reasoning families do not); empty ({@code temperature=unset}) leaves it to the model
 * @param maxTokens the answer's token limit, unset by default
 * @param timeout the time limit of one request
 * @param retries how often a transient failure (rate limit, timeout, overload) is retried before the judge gives up
 * @param retryDelay the first wait between retries (doubling each time, or the server's hint)
 */
public record JudgeSettings(
        OptionalDouble temperature, OptionalInt maxTokens, Duration timeout, int retries, Duration retryDelay) {
    public JudgeSettings {
        if (retries < 0) {
            throw new ConfigException("judge retries must not be negative: " + retries);
        }
    }

    public static JudgeSettings defaults() {
        return new JudgeSettings(
                OptionalDouble.of(0), OptionalInt.empty(), Duration.ofMinutes(2), 2, Duration.ofMillis(500));
    }

    /**
     * The settings a spec gives: {@code temperature} (a number, or {@code unset}), {@code max-tokens}, {@code timeout}
     * (s), {@code retries}.
     */
    static JudgeSettings from(Spec spec) {
        JudgeSettings d = defaults();
        OptionalDouble t = spec.param("temperature", "").strip().equals("unset")
                ? OptionalDouble.empty()
                : OptionalDouble.of(spec.doubleParam("temperature", 0));
        OptionalInt max = spec.params().containsKey("max-tokens")
                ? OptionalInt.of(spec.intParam("max-tokens", 0))
                : OptionalInt.empty();
        double seconds = spec.doubleParam("timeout", (double) d.timeout.toSeconds());
        if (seconds <= 0) {
            throw new ConfigException(spec.name() + " parameter 'timeout' must be positive: " + seconds);
        }
        return new JudgeSettings(
                t,
                max,
                Duration.ofMillis((long) (seconds * 1000)),
                spec.intParam("retries", d.retries),
                Duration.ofMillis(spec.intParam("retry-delay-ms", (int) d.retryDelay.toMillis())));
    }

    /** The settings that can change a verdict, for the judge's identity (timeouts and retries cannot). */
    Map<String, String> identityParams() {
        Map<String, String> m = new TreeMap<>();
        temperature.ifPresent(v -> m.put("temperature", Double.toString(v)));
        maxTokens.ifPresent(v -> m.put("max-tokens", Integer.toString(v)));
        return m;
    }
}
