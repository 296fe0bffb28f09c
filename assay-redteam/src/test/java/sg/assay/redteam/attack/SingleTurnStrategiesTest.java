package sg.assay.redteam.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import sg.assay.redteam.template.JailbreakTemplate;

class SingleTurnStrategiesTest {

    private static Attacker unused() {
        return Scripted.attacker(r -> {
            throw new AssertionError("no attacker should be asked");
        });
    }

    @Test
    void grid_should_try_templates_in_order_and_stop_at_the_first_success() {
        List<JailbreakTemplate> templates = List.of(
                new JailbreakTemplate("a", "role-play", "A: {prompt}", "test"),
                new JailbreakTemplate("b", "hypothetical", "B: {prompt}", "test"),
                new JailbreakTemplate("c", "hypothetical", "C: {prompt}", "test"));
        Scripted.Victim victim = new Scripted.Victim(m -> m.getLast().text().startsWith("B") ? "win" : "no");
        AttackResult result = new Grid(templates)
                .run(Scripted.context(
                        victim, unused(), new Scripted.Judge(r -> r.equals("win") ? 10 : 1), 10, String::toUpperCase));
        assertThat(result.success()).isTrue();
        assertThat(victim.lastUserTexts())
                .containsExactly("A: EXPLAIN THE SECRET RECIPE", "B: EXPLAIN THE SECRET RECIPE");
        assertThat(result.turns()).extracting(Turn::label).containsExactly("a", "b");
        assertThat(result.queriesToSuccess()).isEqualTo(2);
    }

    @Test
    void best_of_n_should_draw_a_fresh_augmentation_each_attempt_until_success() {
        Scripted.Victim victim = new Scripted.Victim(m -> "no");
        AttackResult five = new BestOfN(5, 0.4).run(Scripted.context(victim, unused(), new Scripted.Judge(r -> 1), 50));
        assertThat(five.stop()).isEqualTo("exhausted");
        assertThat(victim.lastUserTexts()).hasSize(5).doesNotHaveDuplicates();
        assertThat(victim.lastUserTexts()).allSatisfy(p -> assertThat(p).isNotEqualTo("explain the secret recipe"));

        Scripted.Victim again = new Scripted.Victim(m -> "no");
        new BestOfN(5, 0.4).run(Scripted.context(again, unused(), new Scripted.Judge(r -> 1), 50));
        assertThat(again.lastUserTexts()).isEqualTo(victim.lastUserTexts());

        String third = victim.lastUserTexts().get(2);
        Scripted.Victim stops = new Scripted.Victim(m -> m.getLast().text().equals(third) ? "win" : "no");
        AttackResult win = new BestOfN(5, 0.4)
                .run(Scripted.context(stops, unused(), new Scripted.Judge(r -> r.equals("win") ? 10 : 1), 50));
        assertThat(win.success()).isTrue();
        assertThat(win.queriesToSuccess()).isEqualTo(3);
        assertThat(stops.calls).hasSize(3);
    }

    @Test
    void best_of_n_should_stop_at_the_budget() {
        Scripted.Victim victim = new Scripted.Victim(m -> "no");
        AttackResult r = new BestOfN(50, 0.4).run(Scripted.context(victim, unused(), new Scripted.Judge(x -> 1), 7));
        assertThat(r.stop()).isEqualTo("budget");
        assertThat(victim.calls).hasSize(7);
    }
}
