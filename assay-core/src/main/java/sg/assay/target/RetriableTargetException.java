package sg.assay.target;

import java.time.Duration;
import java.util.Optional;

/** A transient failure (rate limit, timeout, overload, 5xx): the engine retries it, honouring the wait hint. */
public final class RetriableTargetException extends TargetException {
    private static final long serialVersionUID = 1L;
    private final transient Optional<Duration> retryAfter;

    public RetriableTargetException(String message, Optional<Duration> retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public RetriableTargetException(String message, Optional<Duration> retryAfter, Throwable cause) {
        super(message, cause);
        this.retryAfter = retryAfter;
    }

    /** How long the server asked us to wait, when it said. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
