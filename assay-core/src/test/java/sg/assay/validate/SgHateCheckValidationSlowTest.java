package sg.assay.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static sg.assay.validate.HateCheckValidationTest.SPEC;
import static sg.assay.validate.HateCheckValidationTest.kappa;
import static sg.assay.validate.HateCheckValidationTest.script;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import sg.assay.dataset.Dataset;
import sg.assay.dataset.Sample;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStatus;

/** The SGHateCheck annotations (5,800 items, about 6 s) with the scripted judge of {@link HateCheckValidationTest}. */
@EnabledIfSystemProperty(named = "assay.slow", matches = "true")
class SgHateCheckValidationSlowTest {
    private static final List<String> GOLD = List.of("hateful", "non-hateful");

    @Test
    void sghatecheck_annotations_give_the_known_sensitivity_specificity_and_kappa() {
        Dataset d = ValidationFixtures.imported("sghatecheck", SharedData.folder("sghatecheck/annotations"));
        HateCheckValidationTest.Script script = script(d);
        ValidationFixtures f = new ValidationFixtures();
        RunRecord run = f.run(d, SPEC, new ScriptedJudge(script.answers()), ValidationOptions.defaults(), "v-sg");
        assertThat(run.status()).isEqualTo(RunStatus.COMPLETED);
        ValidationReport report = f.report(run, List.of("language"));
        ValidationResult all = report.overall();

        long[] t = script.table();
        assertThat(all.judgeErrors()).isEqualTo(t[4]).isPositive();
        assertThat(all.n()).isEqualTo(t[0] + t[1] + t[2] + t[3]);
        assertThat(all.sensitivity().value()).isCloseTo((double) t[0] / (t[0] + t[1]), within(1e-12));
        assertThat(all.specificity().value()).isCloseTo((double) t[3] / (t[2] + t[3]), within(1e-12));
        assertThat(all.sensitivity().value()).isCloseTo(0.8, within(0.01));
        assertThat(all.kappa().value()).isCloseTo(kappa(t[0], t[1], t[2], t[3]), within(1e-12));
        assertThat(all.kappa().lower()).isLessThan(all.kappa().value());
        assertThat(all.kappa().upper()).isGreaterThan(all.kappa().value());
        assertThat(all.clusters()).as("clustered by template").isLessThan(all.n() / 2);
        assertThat(report.groundTruth()).isEqualTo("human");
        assertThat(run.summary().orElseThrow().judgeErrors()).containsEntry("judge-agreement", t[4]);

        Map<String, Long> excluded = new LinkedHashMap<>();
        d.samples().stream()
                .filter(s -> !GOLD.contains(s.expected()))
                .forEach(s -> excluded.merge(s.expected(), 1L, Long::sum));
        assertThat(report.excluded()).isEqualTo(excluded);

        assertThat(all.annotatorAlpha().value())
                .as("alpha among the three annotators, computed independently from the metadata")
                .isCloseTo(alphaFromMetadata(d), within(1e-9));
        assertThat(report.breakdowns())
                .extracting(ValidationResult::scope)
                .containsExactly("language=en-SG", "language=zh-Hans");
        assertThat(report.breakdowns().stream().mapToLong(ValidationResult::n).sum())
                .isEqualTo(all.n());
        assertThat(report.cite("zh-Hans"))
                .matches("κ = 0\\.\\d\\d \\[0\\.\\d\\d, 0\\.\\d\\d] on [\\d,]+ "
                        + "human-labelled Mandarin \\(Simplified Chinese\\) items");
        assertThat(report.cite("ms")).isEqualTo("not validated for this language");
    }

    private static double alphaFromMetadata(Dataset d) {
        List<Map<String, Integer>> items = new ArrayList<>();
        for (Sample s : d.samples()) {
            if (!GOLD.contains(s.expected())) {
                continue;
            }
            Map<String, Integer> counts = new HashMap<>();
            for (String key : List.of("annotator_1", "annotator_2", "annotator_3")) {
                String v = s.metadata().getOrDefault(key, "");
                if (!v.isBlank()) {
                    // the files spell the label both "non-hateful" and "nonhateful"
                    counts.merge(v.equals("nonhateful") ? "non-hateful" : v, 1, Integer::sum);
                }
            }
            items.add(counts);
        }
        return Krippendorff.nominalAlpha(items);
    }
}
