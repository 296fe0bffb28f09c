package sg.assay.run;

import dev.failsafe.RateLimiter;
import java.time.Duration;
import java.util.Optional;
import sg.assay.AssayException;

/** Optional request and token rate limits for one target, built on Failsafe's rate limiters. */
final class Throttle {
    private final Optional<RateLimiter<Object>> requests;
    private final Optional<RateLimiter<Object>> tokens;

    Throttle(double requestsPerMinute, long tokensPerMinute) {
        this.requests = requestsPerMinute > 0
                ? Optional.of(
                        RateLimiter.smoothBuilder(Math.max(1, Math.round(requestsPerMinute)), Duration.ofMinutes(1))
                                .withMaxWaitTime(Duration.ofHours(1))
                                .build())
                : Optional.empty();
        this.tokens = tokensPerMinute > 0
                ? Optional.of(RateLimiter.burstyBuilder(tokensPerMinute, Duration.ofMinutes(1))
                        .withMaxWaitTime(Duration.ofHours(1))
                        .build())
                : Optional.empty();
    }

    /** Waits for a request slot and for the estimated input tokens. */
    void beforeRequest(int estimatedTokens) {
        try {
            if (requests.isPresent()) {
                requests.get().acquirePermit();
            }
            if (tokens.isPresent() && estimatedTokens > 0) {
                tokens.get().acquirePermits(Math.min(estimatedTokens, tokenCap()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssayException("interrupted while rate limited", e);
        }
    }

    /** Charges the output tokens a response used against the token budget. */
    void afterResponse(long outputTokens) {
        if (tokens.isPresent() && outputTokens > 0) {
            try {
                tokens.get().acquirePermits((int) Math.min(outputTokens, tokenCap()));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssayException("interrupted while rate limited", e);
            }
        }
    }

    private int tokenCap() {
        return Integer.MAX_VALUE / 2;
    }
}
