package sg.assay.redteam.attack;

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
        TurnStatus status) {}
