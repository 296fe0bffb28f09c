package sg.assay.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.StoreException;
import sg.assay.redteam.campaign.AttackRecord;
import sg.assay.redteam.campaign.CampaignAnalysis;
import sg.assay.redteam.campaign.CampaignJudge;
import sg.assay.redteam.campaign.CampaignMarkdown;
import sg.assay.redteam.campaign.CampaignPlanner;
import sg.assay.redteam.campaign.CampaignView;
import sg.assay.redteam.campaign.JudgeCorrection;
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

    static CampaignView view(RunStore store, String campaign) {
        List<RunRecord> runs = runs(store, campaign);
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
        return CampaignAnalysis.analyse(h, attacks(store, runs), correction);
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
