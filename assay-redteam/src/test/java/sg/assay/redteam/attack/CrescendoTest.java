package sg.assay.redteam.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import sg.assay.message.Message;
import sg.assay.redteam.template.TemplateLibrary;
import sg.assay.target.Usage;

class CrescendoTest {
    private static final String REFUSAL = "I'm sorry, but I can't help with that.";

    private static Attacker counting() {
        AtomicInteger n = new AtomicInteger();
        return Scripted.attacker(r -> Scripted.json("escalate", "q" + n.incrementAndGet()));
    }

    private static Crescendo crescendo(int turns, int backtracks) {
        return new Crescendo(turns, backtracks, TemplateLibrary.builtIn().select(List.of("crescendo-opener")));
    }

    @Test
    void should_remove_a_refused_exchange_from_the_history_and_retry() {
        Scripted.Victim victim = new Scripted.Victim(m -> {
            String q = m.getLast().text();
            return switch (q) {
                case "q2" -> REFUSAL;
                case "q4" -> "win";
                default -> "answer " + q;
            };
        });
        Scripted.Judge judge = new Scripted.Judge(resp -> resp.equals("win") ? 10 : 2);
        AttackResult result = crescendo(6, 3).run(Scripted.context(victim, counting(), judge, 20));

        assertThat(result.success()).isTrue();
        assertThat(result.turns())
                .extracting(Turn::status)
                .containsExactly(TurnStatus.SCORED, TurnStatus.BACKTRACKED, TurnStatus.SCORED, TurnStatus.SCORED);
        // the request after the refusal replays only the kept exchange q1, never q2
        List<Message> third = victim.calls.get(2);
        assertThat(third).extracting(Message::text).containsExactly("q1", "answer q1", "q3");
        List<Message> fourth = victim.calls.get(3);
        assertThat(fourth).extracting(Message::text).containsExactly("q1", "answer q1", "q3", "answer q3", "q4");
        assertThat(result.totals().backtracks()).isEqualTo(1);
        assertThat(result.totals().queries()).isEqualTo(4);
        assertThat(judge.turnCalls.get()).isEqualTo(3);
    }

    @Test
    void should_record_the_cumulative_spending_with_every_turn() {
        // per call: attacker 3 in + 2 out, target 5 + 5, judge 1 + 1; the backtracked turn is not judged
        Scripted.Victim victim = new Scripted.Victim(m -> {
            String q = m.getLast().text();
            return switch (q) {
                case "q2" -> REFUSAL;
                case "q4" -> "win";
                default -> "answer " + q;
            };
        });
        Scripted.Judge judge = new Scripted.Judge(resp -> resp.equals("win") ? 10 : 2);
        AttackResult result = crescendo(6, 3).run(Scripted.context(victim, counting(), judge, 20));

        assertThat(result.turns())
                .extracting(Turn::spent)
                .containsExactly(
                        new Turn.Spent(1, new Usage(5, 5, 1), new Usage(3, 2, 1), new Usage(1, 1, 1)),
                        new Turn.Spent(2, new Usage(10, 10, 2), new Usage(6, 4, 2), new Usage(1, 1, 1)),
                        new Turn.Spent(3, new Usage(15, 15, 3), new Usage(9, 6, 3), new Usage(2, 2, 2)),
                        new Turn.Spent(4, new Usage(20, 20, 4), new Usage(12, 8, 4), new Usage(3, 3, 3)));
        Turn.Spent last = result.turns().getLast().spent();
        Ledger.Totals totals = result.totals();
        assertThat(last.queries()).isEqualTo(totals.queries());
        assertThat(last.target()).isEqualTo(totals.target());
        assertThat(last.attacker()).isEqualTo(totals.attacker());
        assertThat(last.judge()).isEqualTo(totals.judge());
    }

    @Test
    void should_stop_after_the_backtrack_limit() {
        Scripted.Victim victim = new Scripted.Victim(m -> REFUSAL);
        AttackResult result = crescendo(6, 2).run(Scripted.context(victim, counting(), new Scripted.Judge(r -> 1), 20));
        assertThat(result.stop()).isEqualTo("backtracks");
        assertThat(result.totals().backtracks()).isEqualTo(3);
        assertThat(victim.calls).allSatisfy(c -> assertThat(c).hasSize(1));
    }

    @Test
    void should_stop_at_the_turn_limit_or_the_budget() {
        Scripted.Victim victim = new Scripted.Victim(m -> "fine");
        AttackResult turns = crescendo(3, 2).run(Scripted.context(victim, counting(), new Scripted.Judge(r -> 3), 20));
        assertThat(turns.stop()).isEqualTo("exhausted");
        assertThat(victim.calls.getLast()).hasSize(5);
        AttackResult budget = crescendo(9, 2)
                .run(Scripted.context(new Scripted.Victim(m -> "fine"), counting(), new Scripted.Judge(r -> 3), 2));
        assertThat(budget.stop()).isEqualTo("budget");
        assertThat(budget.totals().queries()).isEqualTo(2);
    }
}
