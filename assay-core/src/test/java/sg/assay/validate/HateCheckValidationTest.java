package sg.assay.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;
import sg.assay.dataset.Dataset;
import sg.assay.dataset.Sample;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStatus;

/**
 * {@code judge validate} on the SGHateCheck and SEAHateCheck human annotations with a scripted judge whose errors are
 * placed deliberately: one sample in 50 gets an unreadable answer, one gold-hateful item in 5 and one gold-non-hateful
 * item in 10 (in id order) get the wrong label. Sensitivity, specificity and κ are then known exactly.
 */
class HateCheckValidationTest {
    static final String SPEC = "judge/classify:target=scripted/judge,labels=hateful|non-hateful";
    private static final List<String> GOLD = List.of("hateful", "non-hateful");

    /** The scripted answers, and the 2x2 table they must give: tp, fn, fp, tn, errors. */
    record Script(Map<String, String> answers, long[] table) {}

    static Script script(Dataset d) {
        List<Sample> samples = new ArrayList<>(d.samples());
        samples.sort(Comparator.comparing(Sample::id));
        Map<String, String> answers = new HashMap<>();
        long[] t = new long[5];
        int pos = 0;
        int neg = 0;
        for (int k = 0; k < samples.size(); k++) {
            Sample s = samples.get(k);
            if (!GOLD.contains(s.expected())) {
                continue;
            }
            if (k % 50 == 7) {
                t[4]++;
                continue;
            }
            boolean hateful = s.expected().equals("hateful");
            boolean flip = hateful ? pos++ % 5 == 0 : neg++ % 10 == 0;
            String said = hateful != flip ? "hateful" : "non-hateful";
            answers.put(s.id(), ScriptedJudge.classify(said));
            t[hateful ? (flip ? 1 : 0) : (flip ? 2 : 3)]++;
        }
        return new Script(answers, t);
    }

    static double kappa(long tp, long fn, long fp, long tn) {
        double n = tp + fn + fp + tn;
        double po = (tp + tn) / n;
        double pe = ((tp + fn) * (tp + fp) + (fp + tn) * (fn + tn)) / (n * n);
        return (po - pe) / (1 - pe);
    }

    @Test
    void seahatecheck_annotations_give_the_known_sensitivity_specificity_and_kappa() {
        Dataset d =
                ValidationFixtures.imported("seahatecheck", SharedData.folder("seahatecheck/silver_label_annotated"));
        Script script = script(d);
        ValidationFixtures f = new ValidationFixtures();
        RunRecord run = f.run(d, SPEC, new ScriptedJudge(script.answers()), ValidationOptions.defaults(), "v-sea");
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        ValidationReport report = f.report(run, List.of("language"));
        ValidationResult all = report.overall();

        long[] t = script.table();
        assertThat(all.judgeErrors()).isEqualTo(t[4]).isPositive();
        assertThat(all.n()).isEqualTo(t[0] + t[1] + t[2] + t[3]);
        assertThat(all.sensitivity().value()).isCloseTo((double) t[0] / (t[0] + t[1]), within(1e-12));
        assertThat(all.specificity().value()).isCloseTo((double) t[3] / (t[2] + t[3]), within(1e-12));
        assertThat(all.kappa().value()).isCloseTo(kappa(t[0], t[1], t[2], t[3]), within(1e-12));
        assertThat(all.kappa().lower()).isLessThan(all.kappa().value());
        assertThat(all.kappa().upper()).isGreaterThan(all.kappa().value());
        assertThat(all.annotatedItems()).isEqualTo(all.n() + all.judgeErrors());
        assertThat(all.annotatorAlpha().value()).isBetween(-1.0, 1.0);
        assertThat(run.summary().orElseThrow().judgeErrors()).containsEntry("judge-agreement", t[4]);

        Map<String, Long> excluded = new LinkedHashMap<>();
        d.samples().stream()
                .filter(s -> !GOLD.contains(s.expected()))
                .forEach(s -> excluded.merge(s.expected(), 1L, Long::sum));
        assertThat(report.excluded()).isEqualTo(excluded);
        assertThat(report.breakdowns()).hasSize(4);
        assertThat(report.breakdowns().stream().mapToLong(ValidationResult::n).sum())
                .isEqualTo(all.n());
        assertThat(report.cite("th"))
                .matches("κ = -?\\d\\.\\d\\d \\[-?\\d\\.\\d\\d, -?\\d\\.\\d\\d] on [\\d,]+ "
                        + "human-labelled Thai items");
        assertThat(report.cite("ms")).isEqualTo("not validated for this language");
    }

    @Test
    void model_labels_are_refused_as_ground_truth() {
        Map<String, String> model = Map.of("label", "hateful", "label_source", "model");
        Map<String, String> human = Map.of("label", "hateful", "label_source", "human");
        Dataset d = new Dataset(
                "silver",
                "sha256:0",
                "",
                List.of(
                        new Sample("a", List.of(sg.assay.message.Message.user("t")), "hateful", "id", "", "", model),
                        new Sample("b", List.of(sg.assay.message.Message.user("u")), "hateful", "id", "", "", human)));
        ValidationFixtures f = new ValidationFixtures();
        assertThatThrownBy(() -> f.run(d, SPEC, new ScriptedJudge(Map.of()), ValidationOptions.defaults(), "v-m"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("1 samples of silver have labels produced by a model")
                .hasMessageContaining("cannot be ground truth");
        Dataset unstated = new Dataset(
                "plain",
                "sha256:0",
                "",
                List.of(new Sample(
                        "b", List.of(sg.assay.message.Message.user("u")), "hateful", "id", "", "", Map.of())));
        assertThatThrownBy(() -> f.run(unstated, SPEC, new ScriptedJudge(Map.of()), ValidationOptions.defaults(), "x"))
                .hasMessageContaining("does not say who labelled sample b")
                .hasMessageContaining("--label-source human");
    }
}
