package sg.assay.run;

import java.time.Duration;
import sg.assay.ConfigException;

/**
 * Execution limits of a run.
 *
 * @param maxConnections concurrent requests per target connection key
 * @param limit at most this many samples (0: all)
 * @param requestTimeout the time limit of one request to the target
 * @param sampleTimeLimit the time limit of one sample, all requests and retries included (zero: none)
 * @param requestsPerMinute request rate limit per target (0: none)
 * @param tokensPerMinute token rate limit per target (0: none)
 * @param maxRetries retries of a retriable error before the sample fails
 * @param failOnError the run fails when more samples than this fail: a count when at least 1, a fraction when
 *     below 1; by default (1.0 fraction meaning never) a run with failed samples still completes
 */
public record Limits(
        int maxConnections,
        int limit,
        Duration requestTimeout,
        Duration sampleTimeLimit,
        double requestsPerMinute,
        long tokensPerMinute,
        int maxRetries,
        double failOnError) {
    public Limits {
        if (maxConnections < 1) {
            throw new ConfigException("max-connections must be positive: " + maxConnections);
        }
        if (limit < 0) {
            throw new ConfigException("limit must not be negative: " + limit);
        }
        if (maxRetries < 0) {
            throw new ConfigException("max-retries must not be negative: " + maxRetries);
        }
        if (failOnError < 0) {
            throw new ConfigException("fail-on-error must not be negative: " + failOnError);
        }
        if (requestsPerMinute < 0 || tokensPerMinute < 0) {
            throw new ConfigException("rate limits must not be negative");
        }
    }

    public static Limits defaults() {
        return new Limits(16, 0, Duration.ofSeconds(120), Duration.ZERO, 0, 0, 6, 1.0);
    }

    /** Whether {@code failed} failures out of {@code total} samples exceed the fail-on-error threshold. */
    public boolean tooManyFailures(long failed, long total) {
        if (failed == 0) {
            return false;
        }
        if (failOnError >= 1.0 && failOnError != 1.0) {
            return failed > (long) failOnError;
        }
        if (failOnError == 1.0) {
            return false;
        }
        return total > 0 && (double) failed / total > failOnError;
    }
}
