package sg.assay.redteam.attack;

/**
 * What the attacker model proposed: its stated improvement (its reasoning) and the next prompt.
 *
 * @param improvement why this prompt, in the attacker's words; may be empty
 * @param prompt the prompt to send to the target
 */
public record AttackerReply(String improvement, String prompt) {}
