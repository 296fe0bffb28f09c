package sg.assay.redteam.campaign;

import java.util.Map;
import sg.assay.redteam.AttackKeys;
import sg.assay.redteam.attack.Ledger;
import sg.assay.target.Usage;

/**
 * The tokens one attack spent, by role: the target under attack, the attacker model and the judge. Input and output
 * are kept apart because they are priced apart.
 *
 * @param target the target's tokens
 * @param attacker the attacker model's tokens
 * @param judge the judge's tokens
 */
public record AttackUsage(Usage target, Usage attacker, Usage judge) {
    public static final AttackUsage ZERO = new AttackUsage(Usage.ZERO, Usage.ZERO, Usage.ZERO);

    public static AttackUsage of(Ledger.Totals t) {
        return new AttackUsage(t.target(), t.attacker(), t.judge());
    }

    /** Reads the usage from a stored attack's metadata; missing keys (attacks stored before they existed) are 0. */
    public static AttackUsage read(Map<String, String> m) {
        return new AttackUsage(
                usage(m, AttackKeys.TARGET_INPUT_TOKENS, AttackKeys.TARGET_OUTPUT_TOKENS),
                usage(m, AttackKeys.ATTACKER_INPUT_TOKENS, AttackKeys.ATTACKER_OUTPUT_TOKENS),
                usage(m, AttackKeys.JUDGE_INPUT_TOKENS, AttackKeys.JUDGE_OUTPUT_TOKENS));
    }

    /** The metadata entries {@link #read} reads back. */
    public Map<String, String> metadata() {
        return Map.of(
                AttackKeys.TARGET_INPUT_TOKENS, Long.toString(target.inputTokens()),
                AttackKeys.TARGET_OUTPUT_TOKENS, Long.toString(target.outputTokens()),
                AttackKeys.ATTACKER_INPUT_TOKENS, Long.toString(attacker.inputTokens()),
                AttackKeys.ATTACKER_OUTPUT_TOKENS, Long.toString(attacker.outputTokens()),
                AttackKeys.JUDGE_INPUT_TOKENS, Long.toString(judge.inputTokens()),
                AttackKeys.JUDGE_OUTPUT_TOKENS, Long.toString(judge.outputTokens()));
    }

    public AttackUsage plus(AttackUsage o) {
        return new AttackUsage(target.plus(o.target), attacker.plus(o.attacker), judge.plus(o.judge));
    }

    private static Usage usage(Map<String, String> m, String in, String out) {
        return new Usage(number(m.getOrDefault(in, "0")), number(m.getOrDefault(out, "0")), 0);
    }

    private static long number(String s) {
        try {
            return Long.parseLong(s.strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
