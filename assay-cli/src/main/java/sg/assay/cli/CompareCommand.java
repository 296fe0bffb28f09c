package sg.assay.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sg.assay.report.ReportJson;
import sg.assay.report.RunComparison;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStore;

/**
 * {@code assay runs compare A B...}: the metrics of several runs side by side and each later run's paired difference
 * from the first; the same comparison as {@code assay report A B... --compare}
 * ({@code docs/schemas/report-comparison.schema.json}).
 */
@Command(name = "compare", description = "Compare runs of the same task: side by side, with paired differences.")
final class CompareCommand implements Callable<Integer> {
    private final Wiring wiring;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Parameters(arity = "2..*", paramLabel = "ID", description = "two or more run ids; the first is the baseline")
    List<String> ids = new ArrayList<>();

    @Option(names = "--json", description = "print one JSON document (docs/schemas/report-comparison.schema.json)")
    boolean json;

    CompareCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        try (RunStore store = wiring.openStore(common.store())) {
            List<RunRecord> runs =
                    ids.stream().map(id -> RunsCommand.find(store, id)).toList();
            RunComparison c = RunComparison.of(runs, store, PriceTables.of(wiring, Optional.empty()));
            if (json) {
                System.out.println(ReportJson.writePretty(c));
                return 0;
            }
            runs.forEach(r -> {
                Output.table(System.out, r);
                System.out.println();
            });
            System.out.println(
                    "paired differences from " + c.baseline() + " (other − baseline, on samples both completed):");
            for (RunComparison.PairedDifference d : c.differences()) {
                System.out.println(String.format(
                        Locale.ROOT,
                        "  %-24s %-18s %7s  [%s, %s]  pairs=%d  %s",
                        d.run(),
                        d.scorer(),
                        signed(d.difference()),
                        signed(d.lower()),
                        signed(d.upper()),
                        d.pairs(),
                        d.method()));
            }
            return 0;
        }
    }

    private static String signed(@org.jspecify.annotations.Nullable Double d) {
        return d == null ? "n/a" : String.format(Locale.ROOT, "%+.3f", d);
    }
}
