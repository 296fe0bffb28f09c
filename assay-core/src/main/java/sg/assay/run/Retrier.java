package sg.assay.run;

import dev.failsafe.Failsafe;
import dev.failsafe.FailsafeException;
import dev.failsafe.RetryPolicy;
import java.time.Duration;
import java.util.function.Supplier;
import sg.assay.AssayException;
import sg.assay.target.RetriableTargetException;

/**
 * The one place retries happen (the engine and the gateway share it): exponential backoff with jitter on
 * {@link RetriableTargetException}, waiting as long as the server asked when it gave a wait hint (capped at
 * {@code maxDelay}). Built on Failsafe.
 */
public final class Retrier {
    private final RetryPolicy<Object> policy;
    private final int maxRetries;

    public Retrier(int maxRetries, Duration baseDelay, Duration maxDelay) {
        this.maxRetries = maxRetries;
        this.policy = RetryPolicy.builder()
                .handle(RetriableTargetException.class)
                .withMaxRetries(maxRetries)
                .withBackoff(baseDelay, maxDelay)
                .withJitter(0.25)
                .withDelayFnOn(
                        ctx -> {
                            Throwable last = ctx.getLastException();
                            if (last instanceof RetriableTargetException r
                                    && r.retryAfter().isPresent()) {
                                Duration hint = r.retryAfter().get();
                                return hint.compareTo(maxDelay) > 0 ? maxDelay : hint;
                            }
                            return Duration.ofMillis(-1);
                        },
                        RetriableTargetException.class)
                .build();
    }

    public static Retrier defaults(int maxRetries) {
        return new Retrier(maxRetries, Duration.ofMillis(500), Duration.ofSeconds(60));
    }

    public int maxRetries() {
        return maxRetries;
    }

    /**
     * Calls the supplier, retrying retriable target errors; the last retriable error is rethrown when retries run
     * out, and any other exception passes through at once.
     */
    @SuppressWarnings("unchecked")
    public <T> T call(Supplier<T> call) {
        try {
            return (T) Failsafe.with(policy).get(call::get);
        } catch (FailsafeException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof InterruptedException) {
                Thread.currentThread().interrupt();
                throw new AssayException("interrupted while waiting to retry", cause);
            }
            throw new AssayException("call failed: " + (cause == null ? e.getMessage() : cause.getMessage()), e);
        }
    }
}
