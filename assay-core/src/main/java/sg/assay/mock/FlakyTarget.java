package sg.assay.mock;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.locks.ReentrantLock;
import sg.assay.Spec;
import sg.assay.target.RetriableTargetException;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;

/**
 * {@code mock/flaky}: echoes the prompt but fails a given fraction of calls with a retriable error (like an HTTP 429
 * with a short wait hint), for testing retries. Seeded, so a run's pattern of failures is reproducible.
 */
final class FlakyTarget implements Target {
    private final Spec spec;
    private final double rate;
    private final Duration retryAfter;
    private final long latencyMs;
    private final SplittableRandom random;
    private final ReentrantLock lock = new ReentrantLock();

    FlakyTarget(Spec spec) {
        this.spec = spec;
        this.rate = spec.doubleParam("rate", 0.1);
        if (rate < 0 || rate > 1) {
            throw new sg.assay.ConfigException("mock/flaky rate must be in [0, 1]: " + rate);
        }
        this.retryAfter = Duration.ofMillis(spec.intParam("retry-after-ms", 5));
        this.latencyMs = spec.intParam("latency-ms", 0);
        this.random = new SplittableRandom(spec.intParam("seed", 7));
    }

    @Override
    public TargetResponse generate(TargetRequest request) {
        MockTarget.pause(latencyMs);
        double draw;
        lock.lock();
        try {
            draw = random.nextDouble();
        } finally {
            lock.unlock();
        }
        if (draw < rate) {
            throw new RetriableTargetException("mock/flaky: simulated HTTP 429 rate limit", Optional.of(retryAfter));
        }
        String text = request.lastUserText();
        return TargetResponse.of(text, new Usage(MockTarget.tokens(text), MockTarget.tokens(text), 1), spec.name());
    }

    @Override
    public String describe() {
        return spec.render();
    }
}
