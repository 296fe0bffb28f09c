package sg.assay.redteam.campaign;

import java.util.List;
import java.util.Set;
import sg.assay.redteam.judge.Rubric;
import sg.assay.run.RunStore;
import sg.assay.score.judge.JudgeIdentity;
import sg.assay.validate.ValidationReport;
import sg.assay.validate.Validations;

/**
 * Finds the stored validation of a campaign's judge and builds its correction. The judge's identity is its target
 * spec with the 1-10 jailbreak rubric (name, version, text digest) and success threshold. A validation of exactly that
 * identity is current; otherwise the nearest validation of a PAIR-style judge on the same judge target (e.g. {@code
 * judge/pair}, whose rubric differs in its wording) is used and marked stale with what differs.
 */
public final class CampaignJudge {
    /** Rubrics that rate jailbreaks from 1 to 10: validations of these can stand for the campaign's judge. */
    static final Set<String> PAIR_RUBRICS = Set.of("jailbreak-1to10", "pair-jailbreak");

    private CampaignJudge() {}

    /** The identity of the campaign judge on {@code judgeTarget} (a rendered target spec). */
    public static JudgeIdentity identity(String judgeTarget) {
        Rubric r = Rubric.load("jailbreak-1to10");
        return r.identity(judgeTarget, r.threshold());
    }

    /** The correction from the judge's stored validation, or {@link JudgeCorrection#none()} when there is none. */
    public static JudgeCorrection correction(RunStore store, String judgeTarget, long seed, int replicates) {
        JudgeIdentity judge = identity(judgeTarget);
        return Validations.best(store, judge, 5000, f -> PAIR_RUBRICS.contains(f.rubric()))
                .filter(f -> f.current() || f.identity().target().equals(judge.target()))
                .<JudgeCorrection>map(f -> new ValidatedCorrection(
                        ValidationReport.load(store, f.run(), List.of("language"), 1000),
                        f.changes(),
                        seed,
                        replicates))
                .orElse(JudgeCorrection.none());
    }
}
