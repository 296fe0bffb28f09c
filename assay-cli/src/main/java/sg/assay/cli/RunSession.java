package sg.assay.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import sg.assay.StoreException;
import sg.assay.run.Engine;
import sg.assay.run.Execution;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStatus;
import sg.assay.run.RunStore;

/**
 * Executes one run from the command line: progress on stderr, Ctrl-C stops it cleanly (the run stays resumable),
 * and the Markdown report is written when it ends.
 */
final class RunSession {
    private final Wiring wiring;
    private final RunStore store;
    private final PrintStream err;
    private final boolean progress;

    RunSession(Wiring wiring, RunStore store, PrintStream err, boolean progress) {
        this.wiring = wiring;
        this.store = store;
        this.err = err;
        this.progress = progress;
    }

    /** The finished run and the path of its Markdown report. */
    record Outcome(RunRecord run, Path report) {}

    Outcome execute(Execution ex) {
        Engine engine = wiring.engine(store);
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(
                () -> {
                    engine.cancel();
                    try {
                        finished.await(20, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "assay-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        RunRecord run;
        Path report;
        try {
            run = engine.execute(ex, progress ? new ProgressBar(err, tty()) : sg.assay.run.EngineListener.NONE);
            Path existing = reportFile(run);
            boolean untouched = ex.resume() && run.equals(ex.record()) && Files.isRegularFile(existing);
            report = untouched ? existing : writeReport(run); // a resume with nothing to do keeps the report
        } finally {
            store.flush();
            finished.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting because of Ctrl-C: the hook is running and waits for us
            }
        }
        return new Outcome(run, report);
    }

    /**
     * Whether a stored run has nothing left to resume: completed, with every planned sample-epoch completed or blocked.
     * Resuming it needs neither its dataset nor its results.
     */
    static boolean nothingLeft(RunRecord run) {
        return run.status() == RunStatus.COMPLETED
                && run.summary()
                        .map(s -> s.counts().failed() == 0
                                && s.counts().completed() + s.counts().blocked()
                                        >= s.counts().total())
                        .orElse(false);
    }

    /** A run left as it is: its report is written only if it is missing. */
    Outcome unchanged(RunRecord run) {
        Path existing = reportFile(run);
        return new Outcome(run, Files.isRegularFile(existing) ? existing : writeReport(run));
    }

    static boolean tty() {
        return "1".equals(System.getenv("ASSAY_TTY"));
    }

    private Path reportFile(RunRecord run) {
        return wiring.home().reports().resolve(run.id() + ".md");
    }

    Path writeReport(RunRecord run) {
        Path file = reportFile(run);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(
                    file, ReportCommand.markdown(store, run, PriceTables.of(wiring, java.util.Optional.empty())));
        } catch (IOException e) {
            throw new StoreException("cannot write report " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
