package sg.assay.redteam.model;

import java.util.List;
import java.util.concurrent.Semaphore;
import sg.assay.AssayException;
import sg.assay.message.Message;
import sg.assay.run.Retrier;
import sg.assay.target.GenerateConfig;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;

/**
 * A helper model (attacker, judge or rewriter) reached directly, not through the engine: retriable errors are retried
 * with the engine's {@link Retrier}, and at most {@code maxConcurrent} requests are in flight at once.
 */
public final class ModelClient {
    private final Target target;
    private final Semaphore permits;
    private final Retrier retrier;

    public ModelClient(Target target, int maxConcurrent, Retrier retrier) {
        if (maxConcurrent < 1) {
            throw new sg.assay.ConfigException("max-connections of a helper model must be positive: " + maxConcurrent);
        }
        this.target = target;
        this.permits = new Semaphore(maxConcurrent);
        this.retrier = retrier;
    }

    public static ModelClient of(Target target) {
        return new ModelClient(target, 8, Retrier.defaults(4));
    }

    /** Sends a conversation; {@code seed} is passed on so seeded models and mocks can vary between streams. */
    public TargetResponse call(List<Message> messages, long seed, String purpose) {
        TargetRequest request = new TargetRequest(messages, GenerateConfig.DEFAULT, seed, purpose);
        return retrier.call(() -> {
            try {
                permits.acquire();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssayException("interrupted while waiting for " + target.describe(), e);
            }
            try {
                return target.generate(request);
            } finally {
                permits.release();
            }
        });
    }

    /** The model's spec without secrets. */
    public String describe() {
        return target.describe();
    }

    /** Whether the model is one of the built-in mocks, which makes any measurement through it a demo. */
    public boolean mock() {
        return target.describe().startsWith("mock/");
    }
}
