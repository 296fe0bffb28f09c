package sg.assay.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sg.assay.ConfigException;
import sg.assay.report.CsvReport;
import sg.assay.report.MarkdownReport;
import sg.assay.report.ReportJson;
import sg.assay.report.RunView;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStore;
import sg.assay.run.SampleOutcome;

/** {@code assay report ID --format md|json|csv [--out FILE]}: renders a stored run. */
@Command(name = "report", description = "Render a run's report as Markdown, JSON or CSV.")
final class ReportCommand implements Callable<Integer> {
    private final Wiring wiring;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Parameters(paramLabel = "ID", description = "run id or unique prefix")
    String id = "";

    @Option(names = "--format", defaultValue = "md", description = "md, json or csv (default: ${DEFAULT-VALUE})")
    String format = "md";

    @Option(names = "--out", paramLabel = "FILE", description = "write to a file instead of standard output")
    @Nullable
    Path out;

    ReportCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() throws IOException {
        try (RunStore store = wiring.openStore(common.store())) {
            RunRecord run = RunsCommand.find(store, id);
            String text = switch (format) {
                case "md" -> MarkdownReport.render(run, failures(store, run), findings(store, run));
                case "json" -> ReportJson.writePretty(RunView.of(run)) + "\n";
                case "csv" -> {
                    StringWriter w = new StringWriter();
                    CsvReport.write(run, store, w);
                    yield w.toString();
                }
                default -> throw new ConfigException("report format must be md, json or csv: " + format);
            };
            Path target = out;
            if (target == null) {
                System.out.print(text);
            } else {
                Files.writeString(target, text, StandardCharsets.UTF_8);
                System.err.println("report written to " + target.toAbsolutePath());
            }
            return 0;
        }
    }

    /** The run's findings (samples a probe scorer flagged), for the report's findings section. */
    static sg.assay.finding.FindingsSummary findings(RunStore store, RunRecord run) {
        return sg.assay.finding.FindingsSummary.of(
                new sg.assay.finding.RunFindings(sg.assay.finding.TagCatalog.standard()).of(store, run));
    }

    static List<String> failures(RunStore store, RunRecord run) {
        List<String> failures = new ArrayList<>();
        store.forEachResult(run.id(), r -> {
            if (failures.size() < 20 && r.outcome() instanceof SampleOutcome.Failed f) {
                failures.add(r.sampleId() + " (epoch " + r.epoch() + "): " + f.type() + ": " + f.error());
            }
        });
        return failures;
    }
}
