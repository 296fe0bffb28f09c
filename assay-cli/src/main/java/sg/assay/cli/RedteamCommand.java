package sg.assay.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.dataset.Dataset;
import sg.assay.redteam.campaign.CampaignPlanner;
import sg.assay.redteam.campaign.CampaignSpec;
import sg.assay.redteam.campaign.CampaignView;
import sg.assay.run.Limits;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStatus;
import sg.assay.run.RunStore;

/** {@code assay redteam}: run red-team campaigns, resume them, and report, export and compare their results. */
@Command(
        name = "redteam",
        mixinStandardHelpOptions = true,
        description = "Red-team campaigns: attack strategies x converters x languages over a set of behaviours.",
        subcommands = {
            RedteamCommand.Run.class,
            RedteamCommand.Resume.class,
            RedteamResults.Report.class,
            RedteamResults.Export.class,
            RedteamResults.Compare.class,
            RedteamResults.Templates.class,
            RedteamGenerateCommand.class,
            RedteamChatCommand.class
        })
final class RedteamCommand {

    /** Runs the campaign's unfinished runs one after another; returns the exit code. */
    static int execute(Wiring wiring, RedteamWiring rw, RunStore store, List<RunRecord> runs, boolean progress) {
        RunSession session = new RunSession(wiring, store, System.err, progress);
        for (RunRecord r : runs) {
            RunRecord current = store.findRun(r.id()).orElse(r);
            if (current.status() == RunStatus.COMPLETED) {
                continue;
            }
            RunSession.Outcome o = session.execute(rw.planner().resume(current));
            int code = Output.exitCode(List.of(o));
            if (code != 0) {
                return code;
            }
        }
        return 0;
    }

    static void summary(PrintStream out, CampaignView v, java.nio.file.Path report) {
        out.println("campaign " + v.campaign() + "  target " + v.target()
                + (v.demo() ? "  (" + CampaignView.DEMO + ")" : ""));
        out.println(String.format(
                Locale.ROOT,
                "%d runs, %d attacks: %d measured, %d attacker failures, %d other failures",
                v.runs(),
                v.attacks(),
                v.measured(),
                v.attackerFailures(),
                v.otherFailures()));
        out.println(String.format(
                Locale.ROOT, "  %-10s %-28s %7s %9s  %s", "by", "value", "attacks", "ASR", "95% interval"));
        List<CampaignView.Rate> rows = new ArrayList<>();
        rows.add(v.overall());
        rows.addAll(v.rates());
        for (CampaignView.Rate r : rows) {
            out.println(String.format(
                    Locale.ROOT,
                    "  %-10s %-28s %7d %9.3f  [%.3f, %.3f]",
                    r.dimension(),
                    r.value(),
                    r.attacks(),
                    r.estimate(),
                    r.lower(),
                    r.upper()));
        }
        var cost = v.cost();
        out.println("cost: " + money(cost.total().total(), cost.total().currency()) + " in total, "
                + (cost.perSuccess() == null
                        ? "none per successful attack (" + cost.successes() + " successes or a role without a price)"
                        : money(cost.perSuccess(), cost.total().currency()) + " per successful attack"));
        out.println("report: " + report.toAbsolutePath());
    }

    private static String money(@Nullable Double amount, String currency) {
        return amount == null
                ? "no price"
                : String.format(Locale.ROOT, "%.6f %s", amount, currency).strip();
    }

    @Command(name = "run", description = "Run a campaign against a target.")
    static final class Run implements Callable<Integer> {
        private final Wiring wiring;

        @Mixin
        CommonOptions common = new CommonOptions();

        @Option(
                names = {"-t", "--target"},
                required = true,
                paramLabel = "SPEC",
                description = "system under test")
        String target = "";

        @Option(names = "--attacker", paramLabel = "SPEC", description = "attacker model (pair, tap, crescendo)")
        @Nullable
        String attacker;

        @Option(names = "--judge", required = true, paramLabel = "SPEC", description = "judge model (1-10 rubric)")
        String judge = "";

        @Option(
                names = "--behaviors",
                required = true,
                paramLabel = "DATASET",
                description = "behaviours: dataset:<name>, suite:<name> or a file; each prompt is one behaviour")
        String behaviors = "";

        @Option(
                names = "--strategies",
                split = ",",
                defaultValue = "pair",
                description = "strategies: pair, tap, crescendo, best-of-n, grid (default: ${DEFAULT-VALUE})")
        List<String> strategies = new ArrayList<>();

        @Option(
                names = "--converters",
                split = ",(?![A-Za-z][A-Za-z0-9_.-]*=)",
                description = "converter chains, each a|b|c; none for none (default: none)")
        List<String> converters = new ArrayList<>();

        @Option(names = "--languages", split = ",", description = "deliver prompts in these languages (translated)")
        List<String> languages = new ArrayList<>();

        @Option(names = "--queries", defaultValue = "20", description = "query budget per attack (default: 20)")
        int queries;

        @Option(
                names = "--set",
                paramLabel = "KEY=VALUE",
                description = "attack parameter, e.g. streams=5 (repeatable)")
        List<String> settings = new ArrayList<>();

        @Option(names = "--filter", paramLabel = "FIELD=VALUE", description = "select behaviours, e.g. kind=harmful")
        List<String> filters = new ArrayList<>();

        @Option(names = "--limit", defaultValue = "0", description = "at most this many behaviours (0: all)")
        int limit;

        @Option(names = "--max-connections", defaultValue = "8", description = "concurrent attacks (default: 8)")
        int maxConnections;

        @Option(names = "--seed", defaultValue = "42", description = "seed of the attacks (default: 42)")
        long seed;

        @Mixin
        ResultOptions output = new ResultOptions();

        Run(Wiring wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() {
            CampaignSpec spec = new CampaignSpec(
                    Spec.parse(target),
                    attacker == null ? "" : attacker,
                    Spec.parse(judge),
                    strategies.stream().map(String::strip).toList(),
                    converters.stream().map(String::strip).toList(),
                    languages.stream().map(String::strip).toList(),
                    queries,
                    pairs(settings, "--set"));
            Dataset data = wiring.resolveDataset(behaviors, java.nio.file.Path.of("."), Map.of());
            String source = behaviors.contains(":")
                    ? behaviors
                    : java.nio.file.Path.of(behaviors)
                            .toAbsolutePath()
                            .normalize()
                            .toString();
            Limits limits = new Limits(maxConnections, limit, Duration.ofSeconds(120), Duration.ZERO, 0, 0, 6, 1.0);
            String id = CampaignPlanner.newCampaignId(wiring.clock());
            List<RunRecord> runs = CampaignPlanner.plan(
                    spec,
                    id,
                    data,
                    source,
                    pairs(filters, "--filter"),
                    limits,
                    seed,
                    Version.provenance(),
                    wiring.clock());
            RedteamWiring rw = new RedteamWiring(wiring);
            runs.forEach(r -> rw.catalog().solvers().create(r.spec().solvers().getFirst()));
            // a bad target spec fails here, before any run is stored, not later in every stored run
            rw.catalog().targets().create(spec.target()).close();
            try (RunStore store = wiring.openStore(common.store())) {
                runs.forEach(store::createRun);
                if (!output.json) {
                    System.out.println("campaign " + id + ": " + runs.size() + " run(s)");
                }
                int code = execute(wiring, rw, store, runs, output.progress());
                RedteamResults.print(wiring, store, id, output.json);
                if (code != 0) {
                    System.out.println("resume with: assay redteam resume " + id);
                }
                return code;
            }
        }
    }

    static Map<String, String> pairs(List<String> items, String option) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String kv : items) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException(option + " expects KEY=VALUE: " + kv);
            }
            out.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
        }
        return out;
    }

    @Command(name = "resume", description = "Resume a campaign's unfinished runs.")
    static final class Resume extends StoreCommand {
        @Parameters(paramLabel = "CAMPAIGN", description = "campaign id")
        String campaign = "";

        @Mixin
        ResultOptions output = new ResultOptions();

        Resume(Wiring wiring) {
            super(wiring);
        }

        @Override
        Integer call(RunStore store) throws IOException {

            int code = execute(
                    wiring, new RedteamWiring(wiring), store, CampaignStore.runs(store, campaign), output.progress());
            RedteamResults.print(wiring, store, campaign, output.json);
            return code;
        }
    }
}
