package sg.assay.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.StoreException;
import sg.assay.finding.Finding;
import sg.assay.finding.FindingsSummary;
import sg.assay.finding.RunFindings;
import sg.assay.finding.TagCatalog;
import sg.assay.redteam.campaign.AttackCost;
import sg.assay.redteam.campaign.AttackRecord;
import sg.assay.redteam.campaign.CampaignAnalysis;
import sg.assay.redteam.campaign.CampaignCost;
import sg.assay.redteam.campaign.CampaignJudge;
import sg.assay.redteam.campaign.CampaignMarkdown;
import sg.assay.redteam.campaign.CampaignPlanner;
import sg.assay.redteam.campaign.CampaignView;
import sg.assay.redteam.campaign.JudgeCorrection;
import sg.assay.report.FindingsHtml;
import sg.assay.report.MarkdownPage;
import sg.assay.report.cost.PriceTable;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStore;

/** Reads a campaign back from the store: its runs, its attacks, and its analysis and report. */
final class CampaignStore {
    private CampaignStore() {}

    static List<RunRecord> runs(RunStore store, String campaign) {
        List<RunRecord> runs = store.suiteRuns(campaign).stream()
                .filter(r -> r.spec().task().equals(CampaignPlanner.TASK))
                .toList();
        if (runs.isEmpty()) {
            throw new ConfigException("campaign '" + campaign + "' not found; see: assay runs list");
        }
        return runs;
    }

    static Map<String, String> attack(RunRecord run) {
        return run.spec().solvers().isEmpty()
                ? Map.of()
                : run.spec().solvers().getFirst().params();
    }

    static List<AttackRecord> attacks(RunStore store, List<RunRecord> runs) {
        List<AttackRecord> out = new ArrayList<>();
        for (RunRecord r : runs) {
            Map<String, String> params = attack(r);
            store.forEachResult(r.id(), res -> out.add(AttackRecord.of(res, params)));
        }
        return out;
    }

    /** The campaign's view with its cost under the bundled prices, extended by {@code $ASSAY_HOME/prices.yaml}. */
    static CampaignView view(Wiring wiring, RunStore store, String campaign) {
        return view(store, campaign, PriceTables.of(wiring, Optional.empty()));
    }

    /** The campaign's view with its cost under {@code prices}. */
    static CampaignView view(RunStore store, String campaign, PriceTable prices) {
        List<RunRecord> runs = runs(store, campaign);
        List<AttackRecord> attacks = attacks(store, runs);
        Map<String, String> first = attack(runs.getFirst());
        String target = runs.getFirst().spec().target().render();
        return analyse(store, campaign, runs, attacks)
                .withCost(CampaignCost.of(
                        attacks,
                        target,
                        first.getOrDefault("attacker", ""),
                        first.getOrDefault("judge", ""),
                        pricer(prices),
                        "the bundled example prices, extended by $ASSAY_HOME/prices.yaml when it exists"));
    }

    /** Prices a model's usage with a price table, as run reports do. */
    static AttackCost.Pricer pricer(PriceTable table) {
        return (model, usage) -> table.lookup(model)
                .map(p -> new AttackCost.Priced(p.cost(usage), p.currency(), p.key() + " (" + p.source() + ")"));
    }

    static CampaignView view(RunStore store, String campaign) {
        List<RunRecord> runs = runs(store, campaign);
        return analyse(store, campaign, runs, attacks(store, runs));
    }

    private static CampaignView analyse(
            RunStore store, String campaign, List<RunRecord> runs, List<AttackRecord> attacks) {
        Map<String, String> first = attack(runs.getFirst());
        String judge = first.getOrDefault("judge", "");
        CampaignAnalysis.Header h = new CampaignAnalysis.Header(
                campaign,
                runs.getFirst().spec().target().render(),
                first.getOrDefault("attacker", ""),
                judge.isEmpty() ? "" : Spec.parse(judge).render() + " with rubric jailbreak-1to10",
                runs.size());
        JudgeCorrection correction = judge.isEmpty()
                ? JudgeCorrection.none()
                : CampaignJudge.correction(store, Spec.parse(judge).render(), 42, 2000);
        return CampaignAnalysis.analyse(h, attacks, correction);
    }

    /** The campaign's findings: its successful attacks, each sourced to its strategy. */
    static FindingsSummary findings(RunStore store, String campaign) {
        RunFindings derive = new RunFindings(TagCatalog.standard());
        List<Finding> out = new ArrayList<>();
        runs(store, campaign).forEach(r -> out.addAll(derive.of(store, r)));
        return FindingsSummary.of(out);
    }

    /** The campaign report as one self-contained HTML page: the Markdown report, then the findings. */
    static String html(RunStore store, CampaignView v) {
        return MarkdownPage.html(
                "Red-team campaign " + v.campaign(),
                CampaignMarkdown.render(v),
                List.of(FindingsHtml.section(findings(store, v.campaign()))));
    }

    /** Writes the Markdown report under the Assay home and returns its path. */
    static Path writeReport(Wiring wiring, CampaignView v) {
        Path file = wiring.home().reports().resolve(v.campaign() + ".md");
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, CampaignMarkdown.render(v));
        } catch (IOException e) {
            throw new StoreException("cannot write report " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
