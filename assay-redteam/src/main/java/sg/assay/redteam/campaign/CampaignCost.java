package sg.assay.redteam.campaign;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a campaign spent: tokens and cost by role over every attack (failed ones included: they were paid for), and
 * the cost per successful attack, i.e. what one jailbreak cost to find.
 *
 * @param attacks attacks counted
 * @param successes successful attacks
 * @param total tokens and cost of all attacks, by role
 * @param perSuccess the total cost divided by the successes, or null without successes or without a total
 * @param prices where the prices came from
 */
public record CampaignCost(
        int attacks,
        int successes,
        AttackCost total,
        @Nullable Double perSuccess,
        String prices) {

    /** No cost computed (a view built without prices). */
    public static final CampaignCost NONE = new CampaignCost(0, 0, new AttackCost("", null, List.of()), null, "");

    /**
     * @param target the target's spec
     * @param attacker the attacker's spec, or empty
     * @param judge the judge's spec, or empty
     * @param prices where the pricer's prices come from, for the report
     */
    public static CampaignCost of(
            List<AttackRecord> attacks,
            String target,
            String attacker,
            String judge,
            AttackCost.Pricer pricer,
            String prices) {
        AttackUsage sum = AttackUsage.ZERO;
        int successes = 0;
        for (AttackRecord a : attacks) {
            sum = sum.plus(a.usage());
            successes += a.success() ? 1 : 0;
        }
        AttackCost total = AttackCost.of(sum, target, attacker, judge, pricer);
        Double t = total.total();
        Double per = t == null || successes == 0 ? null : t / successes;
        return new CampaignCost(attacks.size(), successes, total, per, prices);
    }
}
