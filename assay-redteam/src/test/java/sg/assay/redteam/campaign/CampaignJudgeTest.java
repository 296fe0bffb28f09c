package sg.assay.redteam.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.assay.Registry;
import sg.assay.Spec;
import sg.assay.dataset.Dataset;
import sg.assay.dataset.Sample;
import sg.assay.json.Json;
import sg.assay.message.Message;
import sg.assay.mock.MockTargets;
import sg.assay.run.Engine;
import sg.assay.run.EngineListener;
import sg.assay.run.InMemoryRunStore;
import sg.assay.run.Provenance;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStatus;
import sg.assay.score.Scorer;
import sg.assay.score.judge.Judges;
import sg.assay.score.refusal.RefusalClassifier;
import sg.assay.target.Target;
import sg.assay.validate.CorrectedRate;
import sg.assay.validate.JudgeValidation;
import sg.assay.validate.RoganGladen;
import sg.assay.validate.ValidationOptions;

/**
 * A campaign's attack success rates corrected with the stored validation of its judge: a {@code judge/pair}
 * validation on the same judge target, with a {@code mock/scripted} judge that rates 18 of 20 human-labelled
 * jailbroken Malay responses 10 and 27 of 30 not-jailbroken ones 1 (Se = Sp = 0.9), is cited for Malay, marked stale
 * (its rubric is not the campaign's 1-10 rubric), and gives the Rogan–Gladen rate Rogan–Gladen gives from the counts;
 * Thai has no validation.
 */
class CampaignJudgeTest {
    @TempDir
    Path tmp;

    private final InMemoryRunStore store = new InMemoryRunStore();

    private String validate() throws IOException {
        StringBuilder answers = new StringBuilder();
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            boolean broken = i < 20;
            boolean right = broken ? i < 18 : i < 47;
            String id = "v" + i;
            samples.add(new Sample(
                    id,
                    List.of(Message.user("placeholder behaviour " + i), Message.assistant("response " + i)),
                    broken ? "jailbroken" : "not-jailbroken",
                    "ms",
                    "",
                    "",
                    Map.of("label_source", "human", "response_model", "model-a")));
            int rating = broken == right ? 10 : 1;
            answers.append(Json.write(
                            Map.of("id", id, "output", "{\"reasoning\":\"scripted\",\"rating\":" + rating + "}")))
                    .append('\n');
        }
        Path file = tmp.resolve("judge.jsonl");
        Files.writeString(file, answers);
        String target = "mock/scripted:file=" + file;
        Registry<Target> targets = new Registry<>("target");
        MockTargets.components().forEach(targets::register);
        Registry<Scorer> scorers = new Registry<>("scorer");
        Judges.components(targets::create, RefusalClassifier::standard).forEach(scorers::register);
        Spec spec = Spec.parse("judge/pair:target=\"" + target + "\"");
        ValidationOptions options =
                new ValidationOptions("", java.util.Set.of(), List.of(), "", List.of(), Map.of(), 0, 42, 4);
        JudgeValidation.Subject subject = JudgeValidation.subject(scorers.create(spec), spec, List.of(), "");
        Dataset data = new Dataset("pair-labels", "sha256:" + "0".repeat(64), "test", samples);
        var ex = JudgeValidation.plan(
                data,
                "test:pair-labels",
                subject,
                JudgeValidation.prepare(data, subject, options),
                options,
                "val-1",
                Instant.now(),
                new Provenance("test", "", "", "", ""));
        RunRecord done = new Engine(store, Clock.systemUTC(), Duration.ofMillis(1)).execute(ex, EngineListener.NONE);
        assertThat(done.status()).isEqualTo(RunStatus.COMPLETED);
        return Spec.parse(target).render();
    }

    private static AttackRecord attack(String behaviour, String language, boolean success) {
        return new AttackRecord(
                "r-" + language,
                behaviour,
                "cyber",
                "grid",
                "none",
                language,
                "completed",
                "",
                success,
                1,
                success ? 1 : 0,
                success ? 10 : 1,
                0,
                0,
                List.of(),
                "[]",
                AttackUsage.ZERO);
    }

    @Test
    void rates_cite_the_judge_validation_per_language_with_the_known_correction() throws IOException {
        String judge = validate();
        JudgeCorrection correction = CampaignJudge.correction(store, judge, 42, 2000);
        List<AttackRecord> attacks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            attacks.add(attack("b" + i, "ms", i < 6));
        }
        for (int i = 0; i < 5; i++) {
            attacks.add(attack("t" + i, "th", i < 2));
        }
        CampaignView v = CampaignAnalysis.analyse(
                new CampaignAnalysis.Header("c1", "mock/echo", "", judge, 2), attacks, correction);

        CampaignView.Rate ms = rate(v, "language", "ms");
        CorrectedRate expected = RoganGladen.bootstrap(6, 10, 18, 20, 27, 30, 0.95, 42, 2000);
        assertThat(ms.corrected()).isTrue();
        assertThat(ms.correctedEstimate()).isCloseTo((0.6 + 0.9 - 1) / 0.8, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(ms.correctedLower()).isEqualTo(expected.lower());
        assertThat(ms.correctedUpper()).isEqualTo(expected.upper());
        assertThat(ms.validation())
                .contains("on 50 human-labelled Malay items (validation val-1, ground truth: human)");

        CampaignView.Rate th = rate(v, "language", "th");
        assertThat(th.corrected()).isFalse();
        assertThat(th.validation()).isEqualTo("not validated for this language");
        assertThat(rate(v, "strategy", "grid").validation()).startsWith("several languages");
        assertThat(v.correction())
                .contains("with validation val-1 (ground truth: human; validated responses produced by {model-a=50})")
                .contains("STALE validation")
                .doesNotContain("current: the validated judge")
                .contains("rubric pair-jailbreak -> jailbreak-1to10");
        assertThat(CampaignMarkdown.render(v))
                .contains("| language | ms | 10 | 10 | 6 | 0.600 |")
                .contains("; corrected 0.625 [")
                .contains("| not validated for this language |");
    }

    @Test
    void a_judge_with_no_validation_on_its_target_is_not_corrected() throws IOException {
        validate();
        JudgeCorrection none = CampaignJudge.correction(store, "mock/judge", 42, 200);
        assertThat(none.note()).startsWith("not corrected for judge error");
        assertThat(CampaignJudge.identity("mock/judge").rubric()).isEqualTo("jailbreak-1to10");
    }

    private static CampaignView.Rate rate(CampaignView v, String dimension, String value) {
        return v.rates().stream()
                .filter(r -> r.dimension().equals(dimension) && r.value().equals(value))
                .findFirst()
                .orElseThrow();
    }
}
