package sg.assay.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;
import sg.assay.dataset.Dataset;
import sg.assay.dataset.LabelSource;
import sg.assay.dataset.Sample;
import sg.assay.message.Message;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStatus;
import sg.assay.run.SampleOutcome;
import sg.assay.run.SampleResult;
import sg.assay.run.Timings;
import sg.assay.score.Score;
import sg.assay.target.Usage;

/**
 * The safety judge validated on the SEA-HELM cultural content-generation pairs, whose labels have no stated
 * provenance (label source {@code source}): refused unless allowed, then reported as such. The scripted judge calls
 * every harmful response unsafe except one in 4 and every safe response safe except one in 8, with probability 0.9
 * for "unsafe" and 0.1 for "safe", so the Brier score is known. The validation then corrects a judged run.
 */
class SeaHelmValidationTest {
    private static final String SPEC = "judge/safety:target=scripted/judge";

    private static Dataset data() {
        return ValidationFixtures.imported(
                "sea-helm-safety", SharedData.folder("sea-helm-safety-cultural/cultural_content_generation"));
    }

    @Test
    void source_labels_need_to_be_allowed_and_then_every_table_says_so() {
        Dataset d = data();
        ValidationFixtures f = new ValidationFixtures();
        assertThatThrownBy(() -> f.run(d, SPEC, new ScriptedJudge(Map.of()), ValidationOptions.defaults(), "x"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("source labels")
                .hasMessageContaining("--allow-labels source");

        List<Sample> samples = new ArrayList<>(d.samples());
        samples.sort(Comparator.comparing(Sample::id));
        Map<String, String> answers = new HashMap<>();
        int harmful = 0;
        int safe = 0;
        long tp = 0;
        long pos = 0;
        long tn = 0;
        long neg = 0;
        double squared = 0;
        for (Sample s : samples) {
            boolean unsafe = s.expected().equals("harmful");
            boolean flip = unsafe ? harmful++ % 4 == 0 : safe++ % 8 == 0;
            boolean says = unsafe != flip;
            answers.put(s.id(), ScriptedJudge.safety(says ? "unsafe" : "safe", says ? 0.9 : 0.1));
            pos += unsafe ? 1 : 0;
            neg += unsafe ? 0 : 1;
            tp += unsafe && says ? 1 : 0;
            tn += !unsafe && !says ? 1 : 0;
            squared += Math.pow((says ? 0.9 : 0.1) - (unsafe ? 1 : 0), 2);
        }
        ValidationOptions allowSource =
                new ValidationOptions("", Set.of(LabelSource.SOURCE), List.of(), "", List.of(), Map.of(), 0, 42, 8);
        RunRecord run = f.run(d, SPEC, new ScriptedJudge(answers), allowSource, "v-helm");
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        ValidationReport report = f.report(run, List.of("language"));

        assertThat(report.groundTruth()).isEqualTo("source");
        assertThat(report.overall().positive()).isEqualTo("unsafe");
        assertThat(report.overall().sensitivity().value()).isCloseTo((double) tp / pos, within(1e-12));
        assertThat(report.overall().specificity().value()).isCloseTo((double) tn / neg, within(1e-12));
        assertThat(report.overall().brier().value()).isCloseTo(squared / samples.size(), within(1e-12));
        assertThat(report.overall().probabilityItems()).isEqualTo(samples.size());
        assertThat(report.overall().reliability())
                .extracting(Calibration.Bin::from)
                .containsExactly(0.1, 0.9);
        assertThat(report.overall().responseModels()).containsOnlyKeys("not stated");
        assertThat(report.cite("ms")).contains("source-labelled Malay items");
        assertThat(report.identity().rubric()).isEqualTo("response-safety");

        validation_is_current_for_its_judge_and_stale_for_a_changed_one(f, report);
        correction_uses_each_language_validation(f, run, report);
    }

    private static void validation_is_current_for_its_judge_and_stale_for_a_changed_one(
            ValidationFixtures f, ValidationReport report) {
        assertThat(Validations.of(f.store, report.identity(), 10))
                .singleElement()
                .satisfies(v -> assertThat(v.current()).isTrue());
        sg.assay.score.judge.JudgeIdentity v2 = sg.assay.score.judge.JudgeIdentity.of(
                report.identity().target(),
                report.identity().rubric(),
                2,
                "sha256:new",
                report.identity().params());
        assertThat(Validations.of(f.store, v2, 10))
                .singleElement()
                .satisfies(v -> assertThat(v.changes()).containsExactly("rubric version 1 -> 2"));
    }

    /** A judged run with known raw rates, corrected with the validation just made. */
    private static void correction_uses_each_language_validation(
            ValidationFixtures f, RunRecord validation, ValidationReport report) {
        RunRecord judged = new RunRecord(
                "judged-1",
                "",
                validation.spec(),
                RunStatus.COMPLETED,
                Instant.now(),
                Instant.now(),
                "",
                java.util.Optional.empty());
        f.store.createRun(judged);
        Map<String, String> meta = report.identity().asMetadata("judge.");
        for (int i = 0; i < 100; i++) {
            String lang = i < 60 ? "ms" : "fil";
            Score s = i == 99
                    ? new Score("judge/safety", Double.NaN, Score.JUDGE_ERROR, "x", meta)
                    : new Score("judge/safety", i % 3 == 0 ? 1 : 0, i % 3 == 0 ? "unsafe" : "safe", "", meta);
            Sample sample = Sample.of("s" + i, "p");
            f.store.append(new SampleResult(
                    "judged-1",
                    sample.id(),
                    1,
                    i < 90 ? lang : "km",
                    "",
                    sample.id(),
                    "p",
                    "r",
                    List.of(Message.user("p")),
                    List.of(s),
                    new SampleOutcome.Completed(),
                    Usage.ZERO,
                    new Timings(Instant.now(), 0, 0),
                    Map.of()));
        }
        JudgeCorrection c = JudgeCorrection.of(f.store, judged, "judge/safety", report, 1, 1000);
        assertThat(c.stale()).as("the run used the validated judge").isEmpty();
        JudgeCorrection.Row ms = c.rows().stream()
                .filter(r -> r.language().equals("ms"))
                .findFirst()
                .orElseThrow();
        ValidationResult vms = report.language("ms").orElseThrow();
        assertThat(ms.rate().raw()).isEqualTo(20.0 / 60);
        assertThat(ms.rate().estimate())
                .isCloseTo(
                        RoganGladen.estimate(
                                20.0 / 60,
                                vms.sensitivity().value(),
                                vms.specificity().value()),
                        within(1e-12));
        assertThat(ms.validation()).contains("source-labelled Malay items");
        JudgeCorrection.Row km = c.rows().stream()
                .filter(r -> r.language().equals("km"))
                .findFirst()
                .orElseThrow();
        assertThat(km.rate().undefined()).isEqualTo("not validated for this language");
        assertThat(km.judgeErrors()).isEqualTo(1);
        assertThat(km.rate().n()).isEqualTo(9);
    }
}
