package sg.assay.redteam.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sg.assay.Registry;
import sg.assay.Spec;
import sg.assay.dataset.Dataset;
import sg.assay.dataset.Sample;
import sg.assay.message.Message;
import sg.assay.mock.MockTargets;
import sg.assay.redteam.RedteamComponents;
import sg.assay.redteam.mock.RedteamMocks;
import sg.assay.run.Engine;
import sg.assay.run.EngineListener;
import sg.assay.run.InMemoryRunStore;
import sg.assay.run.Limits;
import sg.assay.run.Provenance;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStatus;
import sg.assay.score.Scorer;
import sg.assay.score.refusal.RefusalClassifier;
import sg.assay.solve.Solver;
import sg.assay.target.Target;
import sg.assay.task.Catalog;
import sg.assay.task.RunPlanner;

class CampaignTest {
    static final Dataset BEHAVIOURS = new Dataset(
            "behaviours",
            "digest-1",
            "test",
            List.of(
                    behaviour("b1", "cyber"),
                    behaviour("b2", "cyber"),
                    behaviour("b3", "fraud"),
                    behaviour("b4", "fraud")));

    private static Sample behaviour(String id, String category) {
        return new Sample(
                id,
                List.of(Message.user("describe the placeholder behaviour " + id)),
                "",
                "en",
                category,
                id,
                Map.of("kind", "harmful"));
    }

    private final InMemoryRunStore store = new InMemoryRunStore();
    private final RunPlanner planner;

    CampaignTest() {
        RefusalClassifier refusals = RefusalClassifier.standard();
        Registry<Target> targets = new Registry<>("target");
        MockTargets.components().forEach(targets::register);
        RedteamMocks.components(refusals).forEach(targets::register);
        Registry<Solver> solvers = new Registry<>("solver");
        RedteamComponents.solvers(targets, ref -> BEHAVIOURS, refusals).forEach(solvers::register);
        Registry<Scorer> scorers = new Registry<>("scorer");
        RedteamComponents.scorers(targets::create).forEach(scorers::register);
        planner = new RunPlanner(
                new Catalog(targets, solvers, scorers),
                (ref, dir, fields) -> BEHAVIOURS,
                new Provenance("test", "", "", "", ""),
                Path.of("target/cache"),
                Clock.systemUTC());
    }

    /** Plans, stores and executes every run of a campaign; returns its attacks. */
    List<AttackRecord> run(CampaignSpec spec, String id) {
        List<RunRecord> runs = CampaignPlanner.plan(
                spec,
                id,
                BEHAVIOURS,
                "mem",
                Map.of("kind", "harmful"),
                Limits.defaults(),
                5,
                new Provenance("test", "", "", "", ""),
                Clock.systemUTC());
        Engine engine = new Engine(store, Clock.systemUTC(), Duration.ofMillis(1));
        for (RunRecord r : runs) {
            store.createRun(r);
            RunRecord done = engine.execute(planner.resume(r), EngineListener.NONE);
            assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
        }
        List<AttackRecord> out = new ArrayList<>();
        for (RunRecord r : store.suiteRuns(id)) {
            store.forEachResult(
                    r.id(),
                    res -> out.add(
                            AttackRecord.of(res, r.spec().solvers().getFirst().params())));
        }
        return out;
    }

    private static CampaignSpec spec(
            String target, List<String> strategies, List<String> converters, List<String> langs) {
        return new CampaignSpec(
                Spec.parse(target),
                "mock/attacker",
                Spec.of("mock/judge"),
                strategies,
                converters,
                langs,
                12,
                Map.of());
    }

    @Test
    void should_run_every_strategy_through_the_engine_and_record_whole_attacks() {
        List<String> all = List.of("pair", "tap", "crescendo", "best-of-n", "grid");
        List<AttackRecord> attacks =
                run(spec("mock/wavering:comply=0.3", all, List.of("none", "leetspeak"), List.of()), "c1");
        assertThat(attacks).hasSize(5 * 2 * 4);
        assertThat(attacks).allSatisfy(a -> {
            assertThat(a.status()).isEqualTo("completed");
            assertThat(a.queries()).isBetween(1, 12);
            assertThat(a.transcript()).hasSize(2 * a.queries());
            assertThat(a.log()).startsWith("[{");
        });
        assertThat(attacks).extracting(AttackRecord::strategy).containsAll(all);
        assertThat(attacks.stream().filter(a -> a.converter().equals("leetspeak")))
                .allSatisfy(a -> assertThat(a.transcript().getFirst().text()).doesNotContain("e"));
        assertThat(attacks.stream().anyMatch(AttackRecord::success)).isTrue();
        assertThat(attacks.stream().anyMatch(a -> !a.success())).isTrue();

        CampaignView v = CampaignAnalysis.analyse(
                new CampaignAnalysis.Header("c1", "mock/wavering", "mock/attacker", "mock/judge", 10),
                attacks,
                JudgeCorrection.none());
        assertThat(v.demo()).isTrue();
        assertThat(v.rates()).filteredOn(r -> r.dimension().equals("strategy")).hasSize(5);
        assertThat(v.overall().method()).isEqualTo("wilson-deff");
        assertThat(v.overall().behaviours()).isEqualTo(4);
        assertThat(v.curves().getFirst().points()).isNotEmpty();
        assertThat(v.behaviours()).hasSize(4);
        String md = CampaignMarkdown.render(v);
        assertThat(md)
                .contains("demo, not a measurement")
                .contains("Kaplan-Meier")
                .contains("| strategy | pair |");
    }

    @Test
    void should_measure_nothing_against_a_target_that_always_refuses() {
        List<AttackRecord> attacks = run(spec("mock/refuse", List.of("pair", "crescendo"), List.of(), List.of()), "c2");
        assertThat(attacks).hasSize(8).noneMatch(AttackRecord::success);
        CampaignView v = CampaignAnalysis.analyse(
                new CampaignAnalysis.Header("c2", "mock/refuse", "mock/attacker", "mock/judge", 2),
                attacks,
                JudgeCorrection.none());
        assertThat(v.overall().estimate()).isZero();
        assertThat(v.overall().upper()).isPositive();
        assertThat(v.curves().getFirst().points()).isEmpty();
        assertThat(v.best()).isEmpty();
        // crescendo against a refusing target backtracks until its limit
        assertThat(attacks.stream().filter(a -> a.strategy().equals("crescendo")))
                .allSatisfy(a -> assertThat(a.log()).contains("\"backtracked\""));
    }

    @Test
    void should_report_a_refusing_attacker_as_an_attacker_failure_not_as_resistance() {
        CampaignSpec spec = new CampaignSpec(
                Spec.of("mock/echo"),
                "mock/attacker:refuse=3",
                Spec.of("mock/judge"),
                List.of("pair", "best-of-n"),
                List.of(),
                List.of(),
                6,
                Map.of());
        List<AttackRecord> attacks = run(spec, "c3");
        assertThat(attacks.stream().filter(a -> a.strategy().equals("pair")))
                .hasSize(4)
                .allMatch(AttackRecord::attackerFailure);
        CampaignView v = CampaignAnalysis.analyse(
                new CampaignAnalysis.Header("c3", "mock/echo", "mock/attacker", "mock/judge", 2),
                attacks,
                JudgeCorrection.none());
        assertThat(v.attackerFailures()).isEqualTo(4);
        assertThat(v.measured()).isEqualTo(4);
        assertThat(v.rates()).filteredOn(r -> r.value().equals("pair")).isEmpty();
    }

    @Test
    void should_translate_prompts_into_the_campaign_language() {
        List<AttackRecord> attacks = run(spec("mock/echo", List.of("grid"), List.of("none"), List.of("ms")), "c4");
        assertThat(attacks).allSatisfy(a -> {
            assertThat(a.language()).isEqualTo("ms");
            assertThat(a.transcript().getFirst().text()).startsWith("[translate:ms]");
        });
    }

    @Test
    void should_translate_before_the_converters_so_they_obfuscate_the_delivered_prompt() {
        List<AttackRecord> attacks =
                run(spec("mock/echo", List.of("grid"), List.of("leetspeak"), List.of("ms")), "c4b");
        assertThat(attacks).isNotEmpty().allSatisfy(a -> {
            String sent = a.transcript().getFirst().text();
            // mock/attacker marks its translation "[translate:ms] ..."; leetspeak then rewrites the marker too
            assertThat(sent).startsWith("[7r4n5l473:m5]").doesNotContain("translate");
        });
    }

    @Test
    void should_compare_two_targets_attack_by_attack() {
        List<AttackRecord> a = run(spec("mock/echo", List.of("grid", "best-of-n"), List.of(), List.of()), "ca");
        List<AttackRecord> b = run(spec("mock/refuse", List.of("grid", "best-of-n"), List.of(), List.of()), "cb");
        TargetComparison.Comparison c = TargetComparison.compare(a, b, 1);
        assertThat(c.pairs()).isEqualTo(8);
        assertThat(c.result().meanB()).isZero();
        assertThat(c.result().difference().estimate()).isEqualTo(c.result().meanA());
        assertThat(c.result().clusters()).isEqualTo(4);
    }

    @Test
    void should_export_findings_with_their_turns() {
        List<AttackRecord> attacks = run(spec("mock/echo", List.of("pair"), List.of(), List.of()), "c5");
        Finding f = Finding.of(
                "c5",
                true,
                "mock/echo",
                attacks.getFirst(),
                AttackCost.of(attacks.getFirst().usage(), "mock/echo", "", "mock/judge", AttackCost.Pricer.none()));
        assertThat(f.turns().isArray()).isTrue();
        assertThat(f.turns().get(0).path("status").asText()).isIn("scored", "judge-error", "blocked");
        assertThat(f.turns().get(0).has("reasoning")).isTrue();
        assertThat(f.transcript()).isNotEmpty();
    }
}
