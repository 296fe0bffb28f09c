package sg.assay.redteam.attack;

import sg.assay.target.Usage;

/**
 * One recorded step of an attack.
 *
 * @param index position in the attack's log, from 0
 * @param stream the parallel stream (PAIR), or 0
 * @param step the iteration (PAIR), depth (TAP), turn (Crescendo) or attempt (grid, best-of-N), from 1
 * @param node this turn's node id in a tree (TAP), or empty
 * @param parent the parent node id (TAP), or empty
 * @param label what produced the prompt: a template id, an augmentation, or empty
 * @param reasoning the attacker's stated improvement or reasoning, or empty
 * @param prompt the prompt as the attacker or template wrote it
 * @param sent the prompt after the converters, as the target received it (empty when not sent)
 * @param response the target's response (empty when not sent or blocked)
 * @param score the judge's score 1-10 (0 when not judged)
 * @param judgeReasoning the judge's reasoning, or why the turn was pruned or backtracked
 * @param status what happened
 * @param spent the attack's cumulative spending up to and including this turn, as of when it was recorded
 */
public record Turn(
        int index,
        int stream,
        int step,
        String node,
        String parent,
        String label,
        String reasoning,
        String prompt,
        String sent,
        String response,
        int score,
        String judgeReasoning,
        TurnStatus status,
        Spent spent) {

    /**
     * What an attack had spent when a turn was recorded, counting that turn. Turns played in parallel (a PAIR round,
     * a TAP depth's queries) are recorded together once all are played, so each counts the whole batch's tokens.
     *
     * @param queries target queries sent so far (recorded turns that queried the target)
     * @param target the target's tokens so far
     * @param attacker the attacker model's tokens so far
     * @param judge the judges' tokens so far (turn scores and on-topic checks)
     */
    public record Spent(int queries, Usage target, Usage attacker, Usage judge) {
        /** Nothing spent: the value of a draft before the ledger records it. */
        public static final Spent NONE = new Spent(0, Usage.ZERO, Usage.ZERO, Usage.ZERO);
    }
}
