package sg.assay.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sg.assay.report.ReportJson;
import sg.assay.report.RunView;
import sg.assay.report.SuiteView;
import sg.assay.report.cost.PriceTable;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStatus;
import sg.assay.run.RunStore;
import sg.assay.run.SampleOutcome;
import sg.assay.validate.RunJudges;

/** How runs are shown in the terminal: a summary table per run, or one JSON document. */
final class Output {
    private Output() {}

    static void results(
            PrintStream out,
            RunStore store,
            String suiteName,
            String suiteId,
            List<RunSession.Outcome> outcomes,
            boolean json) {
        if (json) {
            if (suiteId.isEmpty() && outcomes.size() == 1) {
                out.println(
                        ReportJson.writePretty(view(store, outcomes.getFirst().run())));
            } else {
                out.println(ReportJson.writePretty(SuiteView.of(
                        suiteId,
                        suiteName,
                        outcomes.stream().map(RunSession.Outcome::run).toList(),
                        r -> view(store, r))));
            }
            return;
        }
        if (!suiteId.isEmpty()) {
            out.println("suite " + suiteName + " (" + suiteId + "): " + outcomes.size() + " run(s)");
        }
        for (RunSession.Outcome o : outcomes) {
            table(out, o.run());
            failures(out, store, o.run());
            out.println("report: " + o.report().toAbsolutePath());
            out.println();
        }
        RunRecord last = outcomes.getLast().run();
        if (last.status() == RunStatus.INTERRUPTED || last.status() == RunStatus.FAILED) {
            out.println("resume with: assay runs resume " + last.id());
        }
    }

    /** The JSON view of a run, with its judges' error as reports show it (bundled prices). */
    static RunView view(RunStore store, RunRecord run) {
        return RunView.of(run, PriceTable.bundled(), RunJudges.of(store, run));
    }

    static void table(PrintStream out, RunRecord run) {
        RunView v = RunView.of(run);
        out.println("run " + v.id() + "  task " + v.task() + "  target " + v.target()
                + (v.mockTarget()
                        ? v.target().startsWith("mock/guarded")
                                ? "  (offline reference system, not a model: demo, not a measurement)"
                                : "  (mock target: demo, not a measurement)"
                        : v.demoReasons().isEmpty() ? "" : "  (mock attacker or judge: demo, not a measurement)"));
        out.println(String.format(
                Locale.ROOT,
                "status %s%s   samples %d: %d completed, %d failed, %d blocked   wall %.1f s",
                v.status(),
                v.error().isEmpty() ? "" : " (" + v.error() + ")",
                v.samples().total(),
                v.samples().completed(),
                v.samples().failed(),
                v.samples().blocked(),
                v.timings().wallMs() / 1000.0));
        if (!v.judgeErrors().isEmpty()) {
            out.println("  judge errors (left out of the metrics): " + v.judgeErrors());
        }
        if (!v.notAssessed().isEmpty()) {
            out.println("  not assessed by the classifier (left out, never safe or unsafe): " + v.notAssessed());
        }
        if (v.metrics().isEmpty()) {
            out.println(
                    v.samples().completed() > 0
                            ? "  no metrics: every score was left out (judge errors or not assessed, counted above)"
                            : "  no completed samples, so no metrics");
            return;
        }
        out.println(String.format(
                Locale.ROOT, "  %-22s %9s  %-18s %7s  %s", "metric", "estimate", "95% interval", "n", "method"));
        for (RunView.MetricView m : v.metrics()) {
            out.println(String.format(
                    Locale.ROOT,
                    "  %-22s %9s  %-18s %7d  %s",
                    m.scorer(),
                    fmt(m.estimate()),
                    "[" + fmt(m.lower()) + ", " + fmt(m.upper()) + "]",
                    m.n(),
                    m.method()));
        }
    }

    /** How many distinct errors the terminal names; the report lists the first failures in full. */
    private static final int SHOWN_ERRORS = 3;

    /**
     * Why samples failed, most frequent error first, so a run whose samples all failed (a malformed or cut answer, a
     * timeout) says why in the terminal and not only in the report. Reads the stored results only when some failed.
     */
    static void failures(PrintStream out, RunStore store, RunRecord run) {
        if (run.summary().map(s -> s.counts().failed() == 0).orElse(true)) {
            return;
        }
        Map<String, Long> byError = new LinkedHashMap<>();
        long[] failed = {0};
        store.forEachResult(run.id(), r -> {
            if (r.outcome() instanceof SampleOutcome.Failed f) {
                failed[0]++;
                String line = (f.type() + ": " + f.error()).replace('\n', ' ');
                if (byError.containsKey(line) || byError.size() < 1000) {
                    byError.merge(line, 1L, Long::sum);
                }
            }
        });
        if (byError.isEmpty()) {
            return;
        }
        out.println("  failed samples by error (" + failed[0] + " in all):");
        List<Map.Entry<String, Long>> top = byError.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(SHOWN_ERRORS)
                .toList();
        for (Map.Entry<String, Long> e : top) {
            out.println("    " + e.getValue() + " x " + e.getKey());
        }
        if (byError.size() > SHOWN_ERRORS) {
            out.println("    ... and " + (byError.size() - SHOWN_ERRORS) + " other error(s); see the report");
        }
    }

    static String fmt(@org.jspecify.annotations.Nullable Double d) {
        return d == null ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
    }

    static int exitCode(List<RunSession.Outcome> outcomes) {
        for (RunSession.Outcome o : outcomes) {
            switch (o.run().status()) {
                case INTERRUPTED -> {
                    return 130;
                }
                case FAILED -> {
                    System.err.println(
                            "error: run " + o.run().id() + " failed: " + o.run().error());
                    return 1;
                }
                default -> {}
            }
        }
        return 0;
    }
}
