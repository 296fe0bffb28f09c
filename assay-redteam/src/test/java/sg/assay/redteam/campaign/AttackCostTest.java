package sg.assay.redteam.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sg.assay.message.Message;
import sg.assay.target.Usage;

/** Known-answer tests of the cost of attacks: tokens × price per million, by role. */
class AttackCostTest {
    /** target 0.15 / 0.60, attacker 2.50 / 10.00, judge 1.00 / 2.00 USD per million input / output tokens. */
    static final Map<String, double[]> PRICES = Map.of(
            "openai/gpt-4o-mini", new double[] {0.15, 0.60},
            "openai/gpt-4o", new double[] {2.50, 10.00},
            "anthropic/judge", new double[] {1.00, 2.00});

    static final AttackCost.Pricer PRICER = (model, u) -> Optional.ofNullable(PRICES.get(model))
            .map(p -> new AttackCost.Priced(
                    (u.inputTokens() * p[0] + u.outputTokens() * p[1]) / 1_000_000.0, "USD", model));

    static final AttackUsage USAGE =
            new AttackUsage(new Usage(1000, 200, 4), new Usage(3000, 500, 4), new Usage(2000, 100, 4));

    static AttackRecord attack(String id, boolean success, AttackUsage u) {
        return new AttackRecord(
                "run",
                id,
                "",
                "pair",
                "none",
                "en",
                "completed",
                "",
                success,
                4,
                success ? 4 : 0,
                10,
                0,
                0,
                List.of(Message.user("p")),
                "[]",
                u);
    }

    @Test
    void an_attack_is_priced_per_role_and_in_total() {
        AttackCost c =
                AttackCost.of(USAGE, "openai/gpt-4o-mini", "openai/gpt-4o:temperature=1", "anthropic/judge", PRICER);
        assertThat(c.roles()).extracting(AttackCost.Role::role).containsExactly("target", "attacker", "judge");
        // 1000 × 0.15 + 200 × 0.60 = 270 per million
        assertThat(c.roles().get(0).cost()).isCloseTo(0.00027, within(1e-12));
        // 3000 × 2.50 + 500 × 10 = 12,500 per million
        assertThat(c.roles().get(1).cost()).isCloseTo(0.0125, within(1e-12));
        assertThat(c.roles().get(1).model()).isEqualTo("openai/gpt-4o");
        // 2000 × 1 + 100 × 2 = 2,200 per million
        assertThat(c.roles().get(2).cost()).isCloseTo(0.0022, within(1e-12));
        assertThat(c.total()).isCloseTo(0.01497, within(1e-12));
        assertThat(c.currency()).isEqualTo("USD");
    }

    @Test
    void a_campaign_costs_the_sum_of_its_attacks_and_so_much_per_success() {
        List<AttackRecord> attacks =
                List.of(attack("b1", true, USAGE), attack("b2", false, USAGE), attack("b3", true, USAGE));
        CampaignCost c = CampaignCost.of(
                attacks, "openai/gpt-4o-mini", "openai/gpt-4o", "anthropic/judge", PRICER, "test prices");
        assertThat(c.total().roles().get(1).inputTokens()).isEqualTo(9000);
        assertThat(c.total().total()).isCloseTo(3 * 0.01497, within(1e-12));
        assertThat(c.successes()).isEqualTo(2);
        assertThat(c.perSuccess()).isCloseTo(3 * 0.01497 / 2, within(1e-12));
        String md = CampaignCostMarkdown.section(c);
        assertThat(md)
                .contains("| attacker | `openai/gpt-4o` | 9000 | 1500 | 0.037500 USD | openai/gpt-4o |")
                .contains("Total: 0.044910 USD; per successful attack (2 successes): 0.022455 USD.");
    }

    @Test
    void an_unpriced_role_with_tokens_leaves_the_total_unknown_and_a_missing_role_costs_nothing() {
        AttackCost noPrice = AttackCost.of(USAGE, "mock/guarded", "openai/gpt-4o", "anthropic/judge", PRICER);
        assertThat(noPrice.roles().getFirst().cost()).isNull();
        assertThat(noPrice.roles().getFirst().pricedAs()).isEqualTo("no price for 'mock/guarded' in the price table");
        assertThat(noPrice.total()).isNull();
        AttackUsage grid = new AttackUsage(new Usage(1000, 200, 1), Usage.ZERO, new Usage(2000, 100, 1));
        AttackCost noAttacker = AttackCost.of(grid, "openai/gpt-4o-mini", "", "anthropic/judge", PRICER);
        assertThat(noAttacker.roles().get(1).cost()).isZero();
        assertThat(noAttacker.total()).isCloseTo(0.00027 + 0.0022, within(1e-12));
        CampaignCost none = CampaignCost.of(
                List.of(attack("b1", false, grid)), "openai/gpt-4o-mini", "", "anthropic/judge", PRICER, "p");
        assertThat(none.perSuccess()).isNull();
    }

    @Test
    void usage_survives_the_round_trip_through_sample_metadata() {
        assertThat(AttackUsage.read(USAGE.metadata()))
                .isEqualTo(new AttackUsage(new Usage(1000, 200, 0), new Usage(3000, 500, 0), new Usage(2000, 100, 0)));
        assertThat(AttackUsage.read(Map.of())).isEqualTo(AttackUsage.ZERO);
    }
}
