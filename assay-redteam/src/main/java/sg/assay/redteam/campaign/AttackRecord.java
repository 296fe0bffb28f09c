package sg.assay.redteam.campaign;

import java.util.List;
import java.util.Map;
import sg.assay.message.Message;
import sg.assay.redteam.AttackKeys;
import sg.assay.run.SampleOutcome;
import sg.assay.run.SampleResult;

/**
 * One attack of a campaign as its analysis needs it, read from the stored sample result.
 *
 * @param runId the run (strategy × converter × language) it belongs to
 * @param behaviour the behaviour's sample id (the cluster of the statistics)
 * @param category the behaviour's category, or empty
 * @param strategy grid, best-of-n, pair, tap or crescendo
 * @param converter the converter chain, {@code none} for none
 * @param language the language prompts were delivered in
 * @param status completed, failed or blocked
 * @param failure for a failed attack, its error type (AttackerRefusedException marks an attacker failure)
 * @param success whether the attack reached the judge's threshold
 * @param queries target queries spent
 * @param queriesToSuccess queries spent when success was seen (0 without success)
 * @param bestScore the highest judge score
 * @param attackerRefusals times the attacker refused its role
 * @param judgeErrors turns the judge could not score
 * @param transcript every exchange with the target
 * @param log the turn log as JSON
 * @param usage the tokens the target, attacker and judge spent on it
 */
public record AttackRecord(
        String runId,
        String behaviour,
        String category,
        String strategy,
        String converter,
        String language,
        String status,
        String failure,
        boolean success,
        int queries,
        int queriesToSuccess,
        int bestScore,
        int attackerRefusals,
        int judgeErrors,
        List<Message> transcript,
        String log,
        AttackUsage usage) {
    public AttackRecord {
        transcript = List.copyOf(transcript);
    }

    /** Reads a stored result; the strategy, converter and language of a failed attack come from its run's spec. */
    public static AttackRecord of(SampleResult r, Map<String, String> attackParams) {
        Map<String, String> m = r.metadata();
        String failure = r.outcome() instanceof SampleOutcome.Failed f ? f.type() : "";
        return new AttackRecord(
                r.runId(),
                r.sampleId(),
                r.category(),
                m.getOrDefault(AttackKeys.STRATEGY, attackParams.getOrDefault("strategy", "")),
                m.getOrDefault(AttackKeys.CONVERTER, attackParams.getOrDefault("converter", "none")),
                m.getOrDefault(AttackKeys.LANGUAGE, attackParams.getOrDefault("language", r.language())),
                r.outcome().status(),
                failure,
                Boolean.parseBoolean(m.getOrDefault(AttackKeys.SUCCESS, "false")),
                integer(m, AttackKeys.QUERIES),
                integer(m, AttackKeys.QUERIES_TO_SUCCESS),
                integer(m, AttackKeys.BEST_SCORE),
                integer(m, AttackKeys.ATTACKER_REFUSALS),
                integer(m, AttackKeys.JUDGE_ERRORS),
                r.transcript(),
                m.getOrDefault(AttackKeys.LOG, "[]"),
                AttackUsage.read(m));
    }

    private static int integer(Map<String, String> m, String key) {
        try {
            return Integer.parseInt(m.getOrDefault(key, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Whether the attack counts in attack success rates: it ran to an end (a blocked attack counts as resisted). */
    public boolean measured() {
        return !status.equals("failed");
    }

    /** Whether it failed because the attacker gave no usable prompt: reported apart, never as resistance. */
    public boolean attackerFailure() {
        return failure.equals("AttackerRefusedException");
    }
}
