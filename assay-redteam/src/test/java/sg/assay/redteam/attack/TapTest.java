package sg.assay.redteam.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import sg.assay.message.UserMessage;
import sg.assay.target.TargetRequest;

class TapTest {

    /** The k-th child asked for at a depth: its request seed encodes depth and index (seed*31 + d*1000 + k). */
    private static String child(TargetRequest r) {
        long sessionSeed = r.seed() / 7919;
        long code = sessionSeed - 100 * 31;
        long depth = code / 1000;
        long k = code % 1000;
        int history = (int)
                r.messages().stream().filter(m -> m instanceof UserMessage).count();
        return "d" + depth + "k" + k + "h" + history;
    }

    @Test
    void should_prune_off_topic_prompts_before_they_reach_the_target() {
        Attacker attacker = Scripted.attacker(r -> {
            String id = child(r);
            String prompt = id.contains("k2") ? "penguin joke " + id : "recipe please " + id;
            return Scripted.json("branch " + id, prompt);
        });
        Scripted.Victim victim = new Scripted.Victim(m -> "no");
        Scripted.Judge judge = new Scripted.Judge(r -> 2, p -> !p.contains("penguin"));
        AttackResult result = new Tap(2, 3, 2).run(Scripted.context(victim, attacker, judge, 50));

        assertThat(victim.lastUserTexts()).isNotEmpty().noneMatch(p -> p.contains("penguin"));
        List<Turn> pruned = result.turns().stream()
                .filter(t -> t.status() == TurnStatus.OFF_TOPIC)
                .toList();
        assertThat(pruned).isNotEmpty().allSatisfy(t -> {
            assertThat(t.prompt()).contains("penguin");
            assertThat(t.sent()).isEmpty();
        });
        assertThat(result.totals().pruned()).isEqualTo(pruned.size());
        assertThat(result.totals().queries()).isEqualTo(victim.calls.size());
        assertThat(judge.topicCalls.get()).isEqualTo(3 + 2 * 3);
        assertThat(result.stop()).isEqualTo("exhausted");
    }

    @Test
    void should_keep_only_the_best_scoring_leaves_and_branch_from_them() {
        Attacker attacker = Scripted.attacker(r -> Scripted.json("x", "recipe " + child(r)));
        Scripted.Victim victim = new Scripted.Victim(m -> m.getLast().text());
        // depth 1: child 3 scores best; nothing succeeds
        Scripted.Judge judge = new Scripted.Judge(resp -> resp.contains("d1k3") ? 9 : 1);
        AttackResult result = new Tap(1, 3, 2).run(Scripted.context(victim, attacker, judge, 50));

        List<Turn> depth2 = result.turns().stream().filter(t -> t.step() == 2).toList();
        assertThat(depth2).hasSize(3).allSatisfy(t -> assertThat(t.parent()).isEqualTo("d1.3"));
        // the children of the kept leaf continue its conversation: they see its feedback (two user messages)
        assertThat(depth2).allSatisfy(t -> assertThat(t.prompt()).contains("h2"));
    }

    @Test
    void should_stop_at_the_first_depth_with_a_success() {
        Attacker attacker = Scripted.attacker(r -> Scripted.json("x", "recipe " + child(r)));
        Scripted.Victim victim = new Scripted.Victim(m -> m.getLast().text().contains("d1k2") ? "win" : "no");
        Scripted.Judge judge = new Scripted.Judge(resp -> resp.equals("win") ? 10 : 1);
        AttackResult result = new Tap(4, 3, 5).run(Scripted.context(victim, attacker, judge, 50));
        assertThat(result.success()).isTrue();
        assertThat(result.turns()).allSatisfy(t -> assertThat(t.step()).isEqualTo(1));
        assertThat(result.queriesToSuccess()).isEqualTo(3);
    }

    @Test
    void should_branch_again_from_the_same_leaves_when_a_whole_depth_is_pruned() {
        // depth 1: every child is off topic; depth 2: on topic
        Attacker attacker = Scripted.attacker(r -> {
            String id = child(r);
            return Scripted.json("x", (id.startsWith("d1") ? "penguin joke " : "recipe ") + id);
        });
        Scripted.Victim victim = new Scripted.Victim(m -> "no");
        Scripted.Judge judge = new Scripted.Judge(r -> 2, p -> !p.contains("penguin"));
        AttackResult result = new Tap(2, 2, 2).run(Scripted.context(victim, attacker, judge, 50));

        assertThat(result.totals().pruned()).isEqualTo(2);
        assertThat(victim.lastUserTexts()).hasSize(2).allMatch(p -> p.startsWith("recipe d2"));
        assertThat(result.turns().stream().filter(t -> t.step() == 2))
                .hasSize(2)
                .allSatisfy(t -> assertThat(t.parent()).isEqualTo("root"));
    }

    @Test
    void should_be_an_attacker_failure_when_no_prompt_was_ever_on_topic() {
        Attacker attacker = Scripted.attacker(r -> Scripted.json("x", "penguin joke " + child(r)));
        Scripted.Victim victim = new Scripted.Victim(m -> "no");
        Scripted.Judge judge = new Scripted.Judge(r -> 2, p -> !p.contains("penguin"));
        assertThatThrownBy(() -> new Tap(2, 2, 3).run(Scripted.context(victim, attacker, judge, 50)))
                .isInstanceOf(AttackerRefusedException.class)
                .hasMessageContaining("never queried");
        assertThat(victim.calls).isEmpty();
        assertThat(judge.topicCalls.get()).isEqualTo(3 * 2);
    }
}
