package sg.assay.score.refusal;

import java.util.Optional;

/**
 * The classifier's answer for one response.
 *
 * @param kind full refusal, partial refusal or compliance
 * @param cue the id of the cue that decided it, or empty when no cue matched
 * @param reason a short phrase naming the rule that applied (never the response text)
 * @param substance the weighted length of the response outside refusal, redirect and caveat sentences
 */
public record RefusalVerdict(RefusalKind kind, String cue, String reason, int substance) {

    public Optional<String> cueId() {
        return cue.isEmpty() ? Optional.empty() : Optional.of(cue);
    }

    /** The explanation a score carries: the label, the cue and the rule. */
    public String explanation() {
        return kind.label() + (cue.isEmpty() ? "" : " (cue " + cue + ")") + ": " + reason;
    }
}
