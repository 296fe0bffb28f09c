package sg.assay.redteam.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import sg.assay.message.Message;
import sg.assay.target.Usage;

class FindingTurnCostTest {
    /** 0.001 per input token and 0.002 per output token, for every model. */
    private static final AttackCost.Pricer PRICER =
            (m, u) -> Optional.of(new AttackCost.Priced(u.inputTokens() * 0.001 + u.outputTokens() * 0.002, "USD", m));

    private static final Function<AttackUsage, AttackCost> PRICE =
            u -> AttackCost.of(u, "model/t", "model/a", "model/j", PRICER);

    private static final String SPENT_1 =
            "{\"queries\":1,\"target\":{\"input_tokens\":5,\"output_tokens\":5,\"requests\":1},"
                    + "\"attacker\":{\"input_tokens\":3,\"output_tokens\":2,\"requests\":1},"
                    + "\"judge\":{\"input_tokens\":1,\"output_tokens\":1,\"requests\":1}}";
    private static final String SPENT_2 =
            "{\"queries\":2,\"target\":{\"input_tokens\":10,\"output_tokens\":10,\"requests\":2},"
                    + "\"attacker\":{\"input_tokens\":6,\"output_tokens\":4,\"requests\":2},"
                    + "\"judge\":{\"input_tokens\":2,\"output_tokens\":2,\"requests\":2}}";

    private static AttackRecord attack(String log, AttackUsage usage) {
        return new AttackRecord(
                "run-1",
                "b1",
                "cyber",
                "pair",
                "none",
                "en",
                "completed",
                "",
                false,
                2,
                0,
                2,
                0,
                0,
                List.of(Message.user("p"), Message.assistant("r")),
                log,
                usage);
    }

    @Test
    void should_price_each_turns_cumulative_spending_as_the_attack_is_priced() {
        AttackUsage total = new AttackUsage(new Usage(10, 10, 2), new Usage(6, 4, 2), new Usage(2, 2, 2));
        String log = "[{\"index\":0,\"status\":\"scored\",\"spent\":" + SPENT_1
                + "},{\"index\":1,\"status\":\"scored\"," + "\"spent\":" + SPENT_2 + "}]";
        Finding f = Finding.of("c", false, "model/t", attack(log, total), PRICE);

        // turn 1: (5+3+1) input x 0.001 + (5+2+1) output x 0.002 = 0.009 + 0.016
        assertThat(f.turns().get(0).at("/spent/cost").asDouble()).isCloseTo(0.025, within(1e-12));
        assertThat(f.turns().get(0).at("/spent/currency").asText()).isEqualTo("USD");
        // turn 2 holds everything the attack spent: its cost is the attack's
        assertThat(f.turns().get(1).at("/spent/cost").asDouble()).isCloseTo(0.050, within(1e-12));
        assertThat(f.cost().total()).isCloseTo(0.050, within(1e-12));
        assertThat(f.turns().get(1).at("/spent/queries").asInt()).isEqualTo(2);
    }

    @Test
    void should_export_turns_stored_before_they_carried_their_spending_as_they_are() {
        String log = "[{\"index\":0,\"status\":\"scored\",\"score\":2}]";
        AttackUsage total = new AttackUsage(new Usage(5, 5, 1), Usage.ZERO, Usage.ZERO);
        Finding f = Finding.of("c", false, "model/t", attack(log, total), PRICE);
        JsonNode turn = f.turns().get(0);
        assertThat(turn.has("spent")).isFalse();
        assertThat(turn.path("score").asInt()).isEqualTo(2);
        assertThat(f.cost().total()).isCloseTo(0.015, within(1e-12));
    }

    @Test
    void should_leave_a_turns_cost_unknown_when_a_role_with_tokens_has_no_price() {
        String log = "[{\"index\":0,\"status\":\"scored\",\"spent\":" + SPENT_1 + "}]";
        Function<AttackUsage, AttackCost> unpriced = u -> AttackCost.of(
                u,
                "model/t",
                "model/a",
                "model/j",
                (m, x) -> m.equals("model/a") ? Optional.empty() : PRICER.price(m, x));
        Finding f = Finding.of("c", false, "model/t", attack(log, AttackUsage.ZERO), unpriced);
        assertThat(f.turns().get(0).at("/spent/cost").isNull()).isTrue();
    }
}
