package sg.assay.score.judge;

/** How one judging ended: with a judgement, or with the judge unable to judge. */
public sealed interface JudgeOutcome {

    /** How many requests the judge was sent (1, or 2 after a repair retry; retried transport errors not counted). */
    int attempts();

    /**
     * The judge answered.
     *
     * @param model the model that answered, as the target reported it (empty when unknown)
     * @param structured how the target honoured the answer schema ({@code json_schema-strict}, {@code tool},
     *     {@code none}, ...), empty when it did not say
     */
    record Judged(Judgement judgement, int attempts, String model, String structured) implements JudgeOutcome {}

    /**
     * The judge could not judge.
     *
     * @param reason one of {@code unparseable}, {@code refused-to-judge}, {@code unavailable} (timed out or retries
     *     exhausted), {@code blocked} (the provider blocked the judge) or {@code target-error}
     * @param detail a one-line description, without the prompt or response
     */
    record Failed(String reason, String detail, int attempts) implements JudgeOutcome {}
}
