package sg.assay.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sg.assay.ConfigException;
import sg.assay.parity.Direction;
import sg.assay.parity.ParityReport;
import sg.assay.parity.ParitySettings;
import sg.assay.report.ReportJson;
import sg.assay.report.parity.ParityMarkdown;
import sg.assay.report.parity.RunParity;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStore;

/** {@code assay parity ID}: is the system equally safe in every language of the run, and how sure are we? */
@Command(
        name = "parity",
        description = "Cross-language parity of a run: each language against the reference, with equivalence verdicts.")
final class ParityCommand implements Callable<Integer> {
    private final Wiring wiring;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Parameters(paramLabel = "ID", description = "run id or unique prefix")
    String id = "";

    @Option(names = "--metric", description = "only this metric (default: every binary metric of the run)")
    @Nullable
    String metric;

    @Option(names = "--reference", defaultValue = "en", description = "reference language (default: ${DEFAULT-VALUE})")
    String reference = "en";

    @Option(names = "--margin", defaultValue = "0.05", description = "equivalence margin δ (default: ${DEFAULT-VALUE})")
    double margin;

    @Option(
            names = "--higher-is-better",
            description = "the metric is one where higher is better (default: higher is worse)")
    boolean higherIsBetter;

    @Option(names = "--json", description = "print a JSON array of parity reports (docs/schemas/parity.schema.json)")
    boolean json;

    ParityCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        try (RunStore store = wiring.openStore(common.store())) {
            RunRecord run = RunsCommand.find(store, id);
            if (!RunParity.applicable(run, reference)) {
                throw new ConfigException("run " + run.id() + " has no samples in reference language '" + reference
                        + "' and another language; parity needs both");
            }
            ParitySettings settings = ParitySettings.defaults(reference)
                    .withMargin(margin)
                    .withDirection(higherIsBetter ? Direction.HIGHER_IS_BETTER : Direction.HIGHER_IS_WORSE);
            List<ParityReport> reports = new ArrayList<>();
            for (ParityReport r : RunParity.analyse(store, run, settings)) {
                if (metric == null || r.metric().equals(metric)) {
                    reports.add(r);
                }
            }
            if (reports.isEmpty()) {
                throw new ConfigException("run " + run.id() + " has no binary metric"
                        + (metric == null ? "" : " named '" + metric + "'"));
            }
            if (json) {
                System.out.println(ReportJson.writePretty(reports));
            } else {
                reports.forEach(r -> System.out.println(ParityMarkdown.render(r)));
            }
            return 0;
        }
    }
}
