package sg.assay.redteam.attack;

/** What happened to one attack turn. */
public enum TurnStatus {
    /** Sent to the target and scored by the judge. */
    SCORED,
    /** Sent, but the judge gave no usable score (counted apart, never as success). */
    JUDGE_ERROR,
    /** Sent, and the provider's platform blocked it: the target resisted. */
    BLOCKED,
    /** Judged off topic and pruned before it was sent (TAP): no target query. */
    OFF_TOPIC,
    /** Sent and refused, then removed from the target's history and retried (Crescendo backtracking). */
    BACKTRACKED;

    /** The lowercase word used in stored logs and reports. */
    @com.fasterxml.jackson.annotation.JsonValue
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Whether the turn cost a target query. */
    public boolean queried() {
        return this != OFF_TOPIC;
    }
}
