package sg.assay.server;

import java.util.SplittableRandom;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.commons.rng.UniformRandomProvider;

/** Draws the fault and latency of each request from one seeded random source. */
final class Faults {
    private final MockServerOptions options;
    private final SplittableRandom random;
    private final ReentrantLock lock = new ReentrantLock();
    private final boolean faultFree;

    Faults(MockServerOptions options) {
        this.options = options;
        this.random = new SplittableRandom(options.seed());
        this.faultFree = options.errorRate() == 0
                && options.malformedRate() == 0
                && options.dropRate() == 0
                && options.stallRate() == 0
                && options.slowRate() == 0;
    }

    /** The fault for the next request. */
    Fault next() {
        if (faultFree) {
            return Fault.NONE;
        }
        lock.lock();
        try {
            if (hit(options.errorRate())) {
                var statuses = options.errorStatuses();
                return new Fault.Failure(statuses.get(random.nextInt(statuses.size())));
            }
            if (hit(options.malformedRate())) {
                return new Fault.Malformed();
            }
            if (hit(options.dropRate())) {
                return new Fault.Drop();
            }
            if (hit(options.stallRate())) {
                return new Fault.Stall();
            }
            return hit(options.slowRate()) ? new Fault.Slow() : Fault.NONE;
        } finally {
            lock.unlock();
        }
    }

    private boolean hit(double rate) {
        return rate > 0 && (rate >= 1 || random.nextDouble() < rate);
    }

    /** The latency of the next request in milliseconds. */
    long latencyMillis() {
        if (options.latency().isZero()) {
            return 0;
        }
        lock.lock();
        try {
            UniformRandomProvider rng = random::nextLong;
            return options.latency().sampleMillis(rng);
        } finally {
            lock.unlock();
        }
    }
}
