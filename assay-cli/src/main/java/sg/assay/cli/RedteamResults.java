package sg.assay.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sg.assay.ConfigException;
import sg.assay.redteam.campaign.AttackCost;
import sg.assay.redteam.campaign.AttackRecord;
import sg.assay.redteam.campaign.AttackUsage;
import sg.assay.redteam.campaign.CampaignMarkdown;
import sg.assay.redteam.campaign.CampaignView;
import sg.assay.redteam.campaign.Finding;
import sg.assay.redteam.campaign.TargetComparison;
import sg.assay.redteam.template.JailbreakTemplate;
import sg.assay.redteam.template.TemplateLibrary;
import sg.assay.report.ReportJson;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStore;

/** The read-only red-team commands: report, export, compare and templates. */
final class RedteamResults {
    private RedteamResults() {}

    /** Prints a campaign's summary (or JSON) and writes its Markdown report. */
    static void print(Wiring wiring, RunStore store, String campaign, boolean json) {
        store.flush();
        CampaignView v = CampaignStore.view(wiring, store, campaign);
        Path report = CampaignStore.writeReport(wiring, v);
        if (json) {
            System.out.println(ReportJson.writePretty(v));
        } else {
            RedteamCommand.summary(System.out, v, report);
        }
    }

    @Command(name = "report", description = "Print a campaign's report (Markdown, JSON or self-contained HTML).")
    static final class Report extends StoreCommand {
        @Parameters(paramLabel = "CAMPAIGN", description = "campaign id")
        String campaign = "";

        @Option(names = "--json", description = "print JSON (docs/schemas/redteam-report.schema.json)")
        boolean json;

        @Option(
                names = "--format",
                defaultValue = "md",
                description = "md, json or html (a self-contained page with the findings; default: md)")
        String format = "md";

        Report(Wiring wiring) {
            super(wiring);
        }

        @Override
        Integer call(RunStore store) throws IOException {
            String f = json ? "json" : format;

            CampaignView v = CampaignStore.view(wiring, store, campaign);
            switch (f) {
                case "md" -> System.out.println(CampaignMarkdown.render(v));
                case "json" -> System.out.println(ReportJson.writePretty(v));
                case "html" -> System.out.print(CampaignStore.html(store, v));
                default -> throw new ConfigException("redteam report format must be md, json or html: " + f);
            }
            return 0;
        }
    }

    @Command(name = "export", description = "Export a campaign's findings as JSONL (successful attacks, or --all).")
    static final class Export extends StoreCommand {
        @Parameters(paramLabel = "CAMPAIGN", description = "campaign id")
        String campaign = "";

        @Option(names = "--all", description = "every attack, not only the successful ones")
        boolean all;

        @Option(names = "--out", paramLabel = "FILE", description = "write to a file instead of standard output")
        @Nullable
        Path out;

        Export(Wiring wiring) {
            super(wiring);
        }

        @Override
        Integer call(RunStore store) throws IOException {

            CampaignView v = CampaignStore.view(store, campaign);
            List<RunRecord> runs = CampaignStore.runs(store, campaign);
            List<AttackRecord> attacks = CampaignStore.attacks(store, runs);
            Map<String, String> params = CampaignStore.attack(runs.getFirst());
            AttackCost.Pricer pricer = CampaignStore.pricer(PriceTables.of(wiring, Optional.empty()));
            try (Writer w = JsonlOut.open(out)) {
                for (AttackRecord a : attacks) {
                    if (all || a.success()) {
                        Function<AttackUsage, AttackCost> price = u -> AttackCost.of(
                                u,
                                v.target(),
                                params.getOrDefault("attacker", ""),
                                params.getOrDefault("judge", ""),
                                pricer);
                        w.write(ReportJson.write(Finding.of(campaign, v.demo(), v.target(), a, price)));
                        w.write('\n');
                    }
                }
            }
            return 0;
        }
    }

    @Command(name = "compare", description = "Compare the attack success of two campaigns against different targets.")
    static final class Compare extends StoreCommand {
        @Parameters(index = "0", paramLabel = "A", description = "campaign A")
        String a = "";

        @Parameters(index = "1", paramLabel = "B", description = "campaign B")
        String b = "";

        @Option(names = "--json", description = "print JSON (docs/schemas/redteam-comparison.schema.json)")
        boolean json;

        Compare(Wiring wiring) {
            super(wiring);
        }

        @Override
        Integer call(RunStore store) throws IOException {

            CampaignView va = CampaignStore.view(store, a);
            CampaignView vb = CampaignStore.view(store, b);
            TargetComparison.Comparison c = TargetComparison.compare(
                    CampaignStore.attacks(store, CampaignStore.runs(store, a)),
                    CampaignStore.attacks(store, CampaignStore.runs(store, b)),
                    42);
            if (json) {
                System.out.println(ReportJson.writePretty(
                        new ComparisonView(a, va.target(), b, vb.target(), va.demo() || vb.demo(), c)));
                return 0;
            }
            var d = c.result().difference();
            System.out.println(String.format(
                    Locale.ROOT,
                    "A %s (%s): ASR %.3f%nB %s (%s): ASR %.3f%nA - B = %.3f [%.3f, %.3f] (%s), p = %.4f (%s);"
                            + " %d paired attacks, %d behaviours%s",
                    a,
                    va.target(),
                    c.result().meanA(),
                    b,
                    vb.target(),
                    c.result().meanB(),
                    d.estimate(),
                    d.lower(),
                    d.upper(),
                    d.method(),
                    c.result().pValue(),
                    c.result().test(),
                    c.pairs(),
                    c.result().clusters(),
                    va.demo() || vb.demo() ? "  (" + CampaignView.DEMO + ")" : ""));
            return 0;
        }
    }

    /** The JSON shape of {@code redteam compare --json}. */
    record ComparisonView(
            String campaignA,
            String targetA,
            String campaignB,
            String targetB,
            boolean demo,
            TargetComparison.Comparison comparison) {}

    @Command(name = "templates", description = "List the jailbreak templates shipped with Assay.")
    static final class Templates implements Callable<Integer> {
        @Option(names = "--category", description = "only this category")
        @Nullable
        String category;

        @Override
        public Integer call() {
            List<JailbreakTemplate> list =
                    TemplateLibrary.builtIn().select(category == null ? List.of() : List.of(category));
            for (JailbreakTemplate t : list) {
                System.out.println(t.category() + "  " + t.id());
            }
            return 0;
        }
    }
}
