package sg.assay.redteam.campaign;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import sg.assay.run.Demo;
import sg.assay.target.Usage;

/**
 * What tokens cost, by role (target, attacker, judge): tokens × price per million, input and output apart, as run
 * reports price a run. A role whose model has no price has a null cost, and then so has the total.
 *
 * @param currency the currency of the total, or empty when no role is priced or the roles' currencies differ
 * @param total the sum over the roles, or null when some role with tokens has no price
 * @param roles one entry per role
 */
public record AttackCost(String currency, @Nullable Double total, List<Role> roles) {
    public AttackCost {
        roles = List.copyOf(roles);
    }

    /**
     * One role's tokens and cost.
     *
     * @param role target, attacker or judge
     * @param model the model's spec name, or empty when the campaign has none in that role
     * @param inputTokens input tokens
     * @param outputTokens output tokens
     * @param cost their cost, or null without a price
     * @param currency the price's currency, or empty
     * @param pricedAs the price table entry that matched, or why there is no price
     */
    public record Role(
            String role,
            String model,
            long inputTokens,
            long outputTokens,
            @Nullable Double cost,
            String currency,
            String pricedAs) {}

    /** A price looked up for a model name: its cost for some usage, its currency and the entry that matched. */
    public record Priced(double cost, String currency, String key) {}

    /** Prices a model's usage; empty when the model has no price. */
    @FunctionalInterface
    public interface Pricer {
        Optional<Priced> price(String modelName, Usage usage);

        /** No prices at all: costs are null, tokens are still counted. */
        static Pricer none() {
            return (m, u) -> Optional.empty();
        }
    }

    /**
     * Prices a usage under {@code pricer}, given the specs of the target, attacker and judge (attacker and judge
     * may be empty).
     */
    public static AttackCost of(AttackUsage u, String target, String attacker, String judge, Pricer pricer) {
        List<Role> roles = List.of(
                role("target", target, u.target(), pricer),
                role("attacker", attacker, u.attacker(), pricer),
                role("judge", judge, u.judge(), pricer));
        List<String> currencies = new ArrayList<>();
        double sum = 0;
        boolean complete = true;
        for (Role r : roles) {
            Double c = r.cost();
            if (c != null) {
                sum += c;
                if (!r.currency().isEmpty() && !currencies.contains(r.currency())) {
                    currencies.add(r.currency());
                }
            } else if (r.inputTokens() + r.outputTokens() > 0) {
                complete = false;
            }
        }
        boolean one = currencies.size() == 1;
        return new AttackCost(one ? currencies.getFirst() : "", complete && one ? Double.valueOf(sum) : null, roles);
    }

    private static Role role(String role, String spec, Usage u, Pricer pricer) {
        String name = Demo.name(spec);
        Optional<Priced> p = name.isEmpty() ? Optional.empty() : pricer.price(name, u);
        if (p.isPresent()) {
            return new Role(
                    role,
                    name,
                    u.inputTokens(),
                    u.outputTokens(),
                    p.get().cost(),
                    p.get().currency(),
                    p.get().key());
        }
        String why = name.isEmpty() ? "no " + role : "no price for '" + name + "' in the price table";
        boolean free = u.inputTokens() + u.outputTokens() == 0;
        return new Role(role, name, u.inputTokens(), u.outputTokens(), free && name.isEmpty() ? 0.0 : null, "", why);
    }
}
