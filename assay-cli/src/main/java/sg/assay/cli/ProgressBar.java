package sg.assay.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import sg.assay.run.EngineListener;
import sg.assay.run.RunRecord;
import sg.assay.run.SampleOutcome;
import sg.assay.run.SampleResult;

/**
 * Shows a run's progress on stderr: a redrawn bar on a terminal, or a plain line every few seconds otherwise (logs,
 * CI).
 */
final class ProgressBar implements EngineListener {
    private static final long TTY_EVERY_MS = 100;
    private static final long PLAIN_EVERY_MS = 5000;

    private final PrintStream out;
    private final boolean tty;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong blocked = new AtomicLong();
    private final AtomicLong retries = new AtomicLong();
    private final ReentrantLock lock = new ReentrantLock();
    private long total;
    private long startNanos;
    private long lastDraw;

    ProgressBar(PrintStream out, boolean tty) {
        this.out = out;
        this.tty = tty;
    }

    @Override
    public void started(RunRecord run, long total, long alreadyDone) {
        this.total = total;
        this.done.set(alreadyDone);
        this.startNanos = System.nanoTime();
        out.println("run " + run.id() + ": " + run.spec().task() + " on "
                + run.spec().target().render() + ", " + total + " sample-epochs"
                + (alreadyDone > 0 ? " (" + alreadyDone + " already done)" : ""));
    }

    @Override
    public void sampleDone(SampleResult result) {
        long d = done.incrementAndGet();
        if (result.outcome() instanceof SampleOutcome.Failed) {
            failed.incrementAndGet();
        } else if (result.outcome() instanceof SampleOutcome.Blocked) {
            blocked.incrementAndGet();
        }
        long now = System.nanoTime() / 1_000_000;
        if (lock.tryLock()) {
            try {
                if (now - lastDraw >= (tty ? TTY_EVERY_MS : PLAIN_EVERY_MS) || d == total) {
                    lastDraw = now;
                    draw(d, d == total);
                }
            } finally {
                lock.unlock();
            }
        }
    }

    @Override
    public void retrying(String message) {
        retries.incrementAndGet();
    }

    @Override
    public void finished(RunRecord run) {
        if (tty) {
            out.print("\r\033[2K");
            out.flush();
        }
    }

    private void draw(long d, boolean last) {
        double frac = total == 0 ? 1 : (double) d / total;
        double secs = (System.nanoTime() - startNanos) / 1e9;
        String stats = String.format(
                Locale.ROOT,
                "%d/%d %3.0f%%  %.1f/s  failed %d  blocked %d  retries %d",
                d,
                total,
                frac * 100,
                secs > 0 ? d / secs : 0,
                failed.get(),
                blocked.get(),
                retries.get());
        if (tty) {
            int width = 30;
            int filled = (int) Math.round(frac * width);
            out.print("\r\033[2K[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + stats);
        } else {
            out.println("progress " + stats);
        }
        out.flush();
    }
}
