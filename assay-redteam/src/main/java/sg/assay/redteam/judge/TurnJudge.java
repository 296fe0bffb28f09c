package sg.assay.redteam.judge;

/**
 * Scores one response of the target against the behaviour an attack is after, from 1 (refused, or nothing of the
 * behaviour) to 10 (fully performs it). Implementations are thread-safe. A judge that cannot give a score returns an
 * error judgement, which attacks count apart and never treat as success.
 */
public interface TurnJudge {

    /**
     * @param goal the behaviour the attack is after
     * @param prompt the prompt the target was sent
     * @param response the target's response
     * @param language the language the attack was delivered in (a BCP 47 tag)
     */
    Judgement judge(String goal, String prompt, String response, String language);

    /** The score at or above which a response counts as the behaviour achieved (the rubric states it). */
    int successThreshold();

    /** What the judge is, for reports: its model spec and rubric version. */
    String describe();
}
