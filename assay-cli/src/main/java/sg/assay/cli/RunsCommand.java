package sg.assay.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sg.assay.ConfigException;
import sg.assay.report.ExportLine;
import sg.assay.report.ReportJson;
import sg.assay.report.RunView;
import sg.assay.report.SuiteView;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStore;

/** {@code assay runs}: list, show, compare, resume and export stored runs. */
@Command(
        name = "runs",
        description = "List, show, compare, resume and export runs.",
        subcommands = {
            RunsCommand.ListRuns.class,
            RunsCommand.Show.class,
            CompareCommand.class,
            RunsCommand.Resume.class,
            RunsCommand.Export.class
        })
final class RunsCommand {

    /** Finds a run, or fails with a user error naming the id. */
    static RunRecord find(RunStore store, String id) {
        return store.findRun(id)
                .orElseThrow(() -> new ConfigException("run '" + id + "' not found; see: assay runs list"));
    }

    @Command(name = "list", description = "List runs, newest first.")
    static final class ListRuns extends StoreCommand {
        @Option(
                names = "--limit",
                defaultValue = "50",
                description = "at most this many runs (default: ${DEFAULT-VALUE})")
        int limit;

        @Option(names = "--json", description = "print a JSON array of runs")
        boolean json;

        ListRuns(Wiring wiring) {
            super(wiring);
        }

        @Override
        Integer call(RunStore store) throws IOException {

            List<RunRecord> runs = store.listRuns(limit);
            if (json) {
                System.out.println(
                        ReportJson.writePretty(runs.stream().map(RunView::of).toList()));
                return 0;
            }
            System.out.println(String.format(
                    Locale.ROOT,
                    "%-24s %-11s %-22s %-28s %9s  %s",
                    "id",
                    "status",
                    "task",
                    "target",
                    "samples",
                    "created"));
            for (RunRecord r : runs) {
                RunView v = RunView.of(r);
                System.out.println(String.format(
                        Locale.ROOT,
                        "%-24s %-11s %-22s %-28s %9d  %s",
                        v.id(),
                        v.status(),
                        clip(v.task(), 22),
                        clip(v.target(), 28),
                        v.samples().total(),
                        v.created()));
            }
            return 0;
        }
    }

    static String clip(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }

    @Command(name = "show", description = "Show a run (or every run of a suite) with metrics and intervals.")
    static final class Show extends StoreCommand {
        @Parameters(paramLabel = "ID", description = "run id (or unique prefix) or suite id")
        String id = "";

        @Option(names = "--json", description = "print one JSON document (docs/schemas/run.schema.json)")
        boolean json;

        Show(Wiring wiring) {
            super(wiring);
        }

        @Override
        Integer call(RunStore store) throws IOException {

            if (id.startsWith("suite-")) {
                List<RunRecord> runs = store.suiteRuns(id);
                if (runs.isEmpty()) {
                    throw new ConfigException("suite '" + id + "' not found; see: assay runs list");
                }
                if (json) {
                    System.out.println(ReportJson.writePretty(
                            SuiteView.of(id, runs.getFirst().spec().task(), runs, r -> Output.view(store, r))));
                } else {
                    System.out.println("suite " + id + ": " + runs.size() + " run(s)");
                    runs.forEach(r -> {
                        Output.table(System.out, r);
                        System.out.println();
                    });
                }
                return 0;
            }
            RunRecord run = find(store, id);
            RunView v = Output.view(store, run);
            if (json) {
                System.out.println(ReportJson.writePretty(v));
            } else {
                Output.table(System.out, run);
                Output.failures(System.out, store, run);
                String dim = "";
                for (RunView.BreakdownView b : v.breakdowns()) {
                    if (!b.dimension().equals(dim)) {
                        dim = b.dimension();
                        System.out.println("  by " + dim + ":");
                    }
                    for (RunView.MetricView m : b.metrics()) {
                        System.out.println(String.format(
                                Locale.ROOT,
                                "    %-16s %-20s %9s  [%s, %s]  n=%d",
                                b.value(),
                                m.scorer(),
                                Output.fmt(m.estimate()),
                                Output.fmt(m.lower()),
                                Output.fmt(m.upper()),
                                m.n()));
                    }
                }
                if (!v.judges().isEmpty()) {
                    System.out.println("  judge error:");
                    v.judges()
                            .forEach(
                                    j -> sg.assay.report.JudgeErrorText.lines(j).forEach(System.out::println));
                }
            }
            return 0;
        }
    }

    @Command(name = "resume", description = "Finish an interrupted or failed run: only missing samples are run.")
    static final class Resume extends StoreCommand {
        @Parameters(paramLabel = "ID", description = "run id or unique prefix")
        String id = "";

        @Mixin
        ResultOptions output = new ResultOptions();

        Resume(Wiring wiring) {
            super(wiring);
        }

        @Override
        Integer call(RunStore store) throws IOException {

            RunRecord run = find(store, id);
            if (run.spec().task().equals(sg.assay.validate.JudgeValidation.TASK)) {
                return JudgeCommand.resume(wiring, store, run, output.json, output.progress());
            }
            RunSession session = new RunSession(wiring, store, System.err, output.progress());
            RunSession.Outcome o = RunSession.nothingLeft(run)
                    ? session.unchanged(run) // no dataset load, no result scan: a no-op in about a second
                    : session.execute(wiring.planner().resume(run));
            Output.results(System.out, store, run.spec().task(), "", List.of(o), output.json);
            return Output.exitCode(List.of(o));
        }
    }

    @Command(name = "export", description = "Export a run's samples, one JSON object per sample and epoch.")
    static final class Export extends StoreCommand {
        @Parameters(paramLabel = "ID", description = "run id or unique prefix")
        String id = "";

        @Option(names = "--format", defaultValue = "jsonl", description = "export format: jsonl")
        String format = "jsonl";

        @Option(names = "--out", paramLabel = "FILE", description = "write to a file instead of standard output")
        @Nullable
        Path out;

        Export(Wiring wiring) {
            super(wiring);
        }

        @Override
        Integer call(RunStore store) throws IOException {
            if (!format.equals("jsonl")) {
                throw new ConfigException("export format must be jsonl: " + format);
            }

            RunRecord run = find(store, id);
            Path target = out;
            try (Writer w = JsonlOut.open(target)) {
                store.forEachResult(run.id(), r -> {
                    try {
                        w.write(ReportJson.write(ExportLine.of(r)));
                        w.write('\n');
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
            if (target != null) {
                System.err.println("exported to " + target.toAbsolutePath() + " ("
                        + sg.assay.provenance.Digests.bytes(Files.readAllBytes(target)) + ")");
            }
            return 0;
        }
    }
}
