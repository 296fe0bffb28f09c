package sg.assay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import sg.assay.ConfigException;
import sg.assay.StoreException;
import sg.assay.finding.Finding;
import sg.assay.finding.FindingStore;
import sg.assay.finding.FindingsSummary;
import sg.assay.finding.RunFindings;
import sg.assay.finding.Severity;
import sg.assay.finding.Tag;
import sg.assay.finding.TagCatalog;
import sg.assay.report.ReportJson;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStore;

/**
 * {@code assay findings}: findings from probe and red-team runs (derived from the run store) and findings saved by
 * hand in {@code assay redteam chat} ({@code $ASSAY_HOME/findings.jsonl}).
 */
@Command(name = "findings", description = "List and export findings (probe runs, red-team runs, saved chat sessions).")
public final class FindingsCommand {
    private final Wiring wiring;

    @picocli.CommandLine.Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    @Mixin
    CommonOptions common = new CommonOptions();

    public FindingsCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    /** Where saved findings live: {@code $ASSAY_HOME/findings.jsonl}. */
    static FindingStore store(Wiring wiring) {
        return new FindingStore(wiring.home().root().resolve("findings.jsonl"));
    }

    @Command(name = "export", mixinStandardHelpOptions = true, description = "Export findings, one JSON object a line.")
    int export(
            @Option(names = "--format", defaultValue = "jsonl", description = "output format: jsonl") String format,
            @Option(names = "--run", paramLabel = "ID", description = "only these runs (repeatable; default: all)")
                    List<String> runs,
            @Option(names = "--min-severity", defaultValue = "info", description = "info, low, medium, high, critical")
                    String minSeverity,
            @Option(names = "--no-saved", description = "leave out findings saved from chat sessions") boolean noSaved,
            @Option(
                            names = {"-o", "--output"},
                            paramLabel = "FILE",
                            description = "write to a file instead of standard output")
                    @Nullable
                    Path output) {
        if (!format.equals("jsonl")) {
            throw new ConfigException("findings export format '" + format + "' not known; known: jsonl");
        }
        Severity min = Severity.parse(minSeverity);
        List<Finding> all = collect(runs == null ? List.of() : runs, !noSaved).stream()
                .filter(f -> f.severity().compareTo(min) >= 0)
                .toList();
        StringBuilder sb = new StringBuilder();
        FindingsSummary.of(all)
                .findings()
                .forEach(f -> sb.append(ReportJson.write(f)).append('\n'));
        if (output == null) {
            out().print(sb);
            out().flush();
        } else {
            write(output, sb.toString());
            spec.commandLine().getErr().println("exported " + all.size() + " finding(s) to " + output);
            spec.commandLine().getErr().flush();
        }
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List findings, most severe first.")
    int list(
            @Option(names = "--run", paramLabel = "ID", description = "only these runs (repeatable)")
                    List<String> runs) {
        FindingsSummary summary = FindingsSummary.of(collect(runs == null ? List.of() : runs, true));
        PrintWriter out = out();
        if (summary.isEmpty()) {
            out.println("no findings");
        } else {
            out.printf("%-16s %-9s %-28s %-8s %s%n", "ID", "SEVERITY", "SOURCE", "LANG", "TITLE / TAGS");
            for (Finding f : summary.findings()) {
                out.printf(
                        "%-16s %-9s %-28s %-8s %s%n",
                        f.id(),
                        f.severity().label(),
                        f.source().kind() + ":" + f.source().name(),
                        f.language(),
                        f.title() + "  ["
                                + String.join(
                                        " ", f.tags().stream().map(Tag::id).toList()) + "]");
            }
        }
        out.flush();
        return 0;
    }

    private List<Finding> collect(List<String> runIds, boolean saved) {
        List<Finding> out = new ArrayList<>();
        RunFindings derive = new RunFindings(TagCatalog.standard());
        try (RunStore store = wiring.openStore(common.store())) {
            List<RunRecord> runs = new ArrayList<>();
            if (runIds.isEmpty()) {
                runs.addAll(store.listRuns(10_000));
            } else {
                for (String id : runIds) {
                    Optional<RunRecord> r = store.findRun(id);
                    runs.add(r.orElseThrow(() -> new ConfigException("run '" + id + "' not found")));
                }
            }
            runs.forEach(r -> out.addAll(derive.of(store, r)));
        }
        if (saved && runIds.isEmpty()) {
            out.addAll(store(wiring).list());
        }
        return out;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private static void write(Path file, String text) {
        try {
            Path dir = file.toAbsolutePath().getParent();
            if (dir != null) {
                Files.createDirectories(dir);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
