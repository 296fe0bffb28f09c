package sg.assay.redteam.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import sg.assay.target.TargetRequest;
import sg.assay.target.Usage;

class PairTest {

    /** The stream a request belongs to: the session seed is the attack seed (100) plus the stream number. */
    private static long stream(TargetRequest r) {
        return r.seed() / 7919 - 100;
    }

    private static int round(TargetRequest r) {
        return (int) r.messages().stream()
                .filter(m -> m instanceof sg.assay.message.UserMessage)
                .count();
    }

    private static Attacker numbering() {
        return Scripted.attacker(r -> Scripted.json("try " + round(r), "s" + stream(r) + "r" + round(r)));
    }

    @Test
    void should_run_streams_in_rounds_and_stop_after_the_round_that_succeeds() {
        Scripted.Victim victim = new Scripted.Victim(m -> m.getLast().text().equals("s2r2") ? "win" : "no");
        Scripted.Judge judge = new Scripted.Judge(resp -> resp.equals("win") ? 10 : 3);
        AttackContext ctx = Scripted.context(victim, numbering(), judge, 50);

        AttackResult result = new Pair(3, 5).run(ctx);

        assertThat(result.success()).isTrue();
        assertThat(result.stop()).isEqualTo("success");
        assertThat(result.queriesToSuccess()).isEqualTo(6);
        assertThat(result.turns())
                .extracting(Turn::prompt)
                .containsExactly("s1r1", "s2r1", "s3r1", "s1r2", "s2r2", "s3r2");
        assertThat(result.turns()).extracting(Turn::stream).containsExactly(1, 2, 3, 1, 2, 3);
        assertThat(result.turns()).extracting(Turn::reasoning).contains("try 1", "try 2");
        assertThat(result.best().orElseThrow().prompt()).isEqualTo("s2r2");
        assertThat(victim.calls).hasSize(6).allSatisfy(c -> assertThat(c).hasSize(1));
        assertThat(result.totals().attacker().requests()).isEqualTo(6);
        assertThat(result.totals().judge().requests()).isEqualTo(6);
    }

    @Test
    void should_record_the_cumulative_spending_with_every_turn_a_round_at_a_time() {
        Scripted.Victim victim = new Scripted.Victim(m -> m.getLast().text().equals("s2r2") ? "win" : "no");
        Scripted.Judge judge = new Scripted.Judge(resp -> resp.equals("win") ? 10 : 3);
        AttackResult result = new Pair(3, 5).run(Scripted.context(victim, numbering(), judge, 50));

        // a round's streams run in parallel and are recorded after the round: each of its turns counts all of it
        Turn.Spent round1 = new Turn.Spent(0, new Usage(15, 15, 3), new Usage(9, 6, 3), new Usage(3, 3, 3));
        Turn.Spent round2 = new Turn.Spent(0, new Usage(30, 30, 6), new Usage(18, 12, 6), new Usage(6, 6, 6));
        List<Turn.Spent> spent = result.turns().stream().map(Turn::spent).toList();
        assertThat(spent).extracting(Turn.Spent::queries).containsExactly(1, 2, 3, 4, 5, 6);
        for (int i = 0; i < 6; i++) {
            Turn.Spent want = i < 3 ? round1 : round2;
            assertThat(spent.get(i).target()).isEqualTo(want.target());
            assertThat(spent.get(i).attacker()).isEqualTo(want.attacker());
            assertThat(spent.get(i).judge()).isEqualTo(want.judge());
        }
        Turn.Spent last = spent.getLast();
        assertThat(last.queries()).isEqualTo(result.totals().queries());
        assertThat(last.target()).isEqualTo(result.totals().target());
        assertThat(last.attacker()).isEqualTo(result.totals().attacker());
        assertThat(last.judge()).isEqualTo(result.totals().judge());
    }

    @Test
    void should_feed_back_the_response_and_score_to_each_stream() {
        List<String> feedback = new java.util.concurrent.CopyOnWriteArrayList<>();
        Attacker attacker = Scripted.attacker(r -> {
            feedback.add(r.lastUserText());
            return Scripted.json("x", "s" + stream(r) + "r" + round(r));
        });
        Scripted.Victim victim =
                new Scripted.Victim(m -> "answer to " + m.getLast().text());
        AttackResult result = new Pair(1, 2).run(Scripted.context(victim, attacker, new Scripted.Judge(r -> 4), 9));
        assertThat(result.success()).isFalse();
        assertThat(result.stop()).isEqualTo("exhausted");
        assertThat(feedback.get(1)).contains("answer to s1r1").contains("RATING: 4");
    }

    @Test
    void should_query_the_target_from_all_streams_at_once() throws InterruptedException {
        CountDownLatch together = new CountDownLatch(3);
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        Scripted.Victim victim = new Scripted.Victim(m -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            together.countDown();
            try {
                together.await(2, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            return "no";
        });
        new Pair(3, 1).run(Scripted.context(victim, numbering(), new Scripted.Judge(r -> 1), 9));
        assertThat(most.get()).isEqualTo(3);
    }

    @Test
    void should_stop_when_the_budget_cannot_cover_a_round() {
        Scripted.Victim victim = new Scripted.Victim(m -> "no");
        AttackResult result = new Pair(3, 5).run(Scripted.context(victim, numbering(), new Scripted.Judge(r -> 1), 4));
        assertThat(result.stop()).isEqualTo("budget");
        assertThat(result.totals().queries()).isEqualTo(4);
        assertThat(victim.calls).hasSize(4);
        assertThat(result.turns()).extracting(Turn::prompt).containsExactly("s1r1", "s2r1", "s3r1", "s1r2");
    }

    @Test
    void should_retry_a_refusing_attacker_with_another_framing_and_count_the_refusal() {
        Attacker attacker = Scripted.attacker(r -> Scripted.system(r).contains("safety team that built")
                ? "I'm sorry, but I can't help with writing jailbreak prompts."
                : Scripted.json("ok", "s" + stream(r)));
        Scripted.Victim victim = new Scripted.Victim(m -> "no");
        AttackResult result = new Pair(2, 1).run(Scripted.context(victim, attacker, new Scripted.Judge(r -> 1), 9));
        assertThat(result.totals().attackerRefusals()).isEqualTo(2);
        assertThat(victim.calls).hasSize(2);
        assertThat(result.stop()).isEqualTo("exhausted");
    }

    @Test
    void should_report_an_attacker_that_refuses_in_every_framing_without_querying_the_target() {
        Attacker attacker = Scripted.attacker(r -> "I cannot assist with that request.");
        Scripted.Victim victim = new Scripted.Victim(m -> "no");
        AttackContext ctx = Scripted.context(victim, attacker, new Scripted.Judge(r -> 1), 9);
        assertThatThrownBy(() -> new Pair(2, 2).run(ctx))
                .isInstanceOf(AttackerRefusedException.class)
                .satisfies(e ->
                        assertThat(((AttackerRefusedException) e).refused()).isTrue());
        assertThat(victim.calls).isEmpty();
        assertThat(ctx.ledger().totals().queries()).isZero();
        assertThat(ctx.ledger().totals().attackerRefusals()).isEqualTo(6);
    }
}
