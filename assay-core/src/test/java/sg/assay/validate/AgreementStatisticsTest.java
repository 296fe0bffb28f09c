package sg.assay.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgreementStatisticsTest {
    private static final List<String> HS = List.of("hateful", "non-hateful");

    @Test
    void kappa_precision_recall_and_f1_on_a_hand_worked_table() {
        // reference rows, predicted columns: 20 TP, 5 FN, 10 FP, 15 TN.
        // p_o = 35/50 = 0.7; p_e = (25*30 + 25*20) / 50^2 = 0.5; kappa = (0.7 - 0.5) / 0.5 = 0.4
        ConfusionMatrix m = new ConfusionMatrix(HS, new long[][] {{20, 5}, {10, 15}});
        assertThat(m.accuracy()).isEqualTo(0.7);
        assertThat(m.kappa()).isCloseTo(0.4, within(1e-12));
        assertThat(m.precision(0)).isCloseTo(20.0 / 30, within(1e-12));
        assertThat(m.recall(0)).isEqualTo(0.8);
        assertThat(m.f1(0)).isCloseTo(40.0 / 55, within(1e-12));
        assertThat(m.specificity(0)).isEqualTo(0.6);
        assertThat(m.recall(1)).isEqualTo(0.6);
        assertThat(m.macroF1()).isCloseTo((40.0 / 55 + 30.0 / 45) / 2, within(1e-12));
    }

    @Test
    void degenerate_tables_are_undefined_not_zero() {
        ConfusionMatrix oneLabel = new ConfusionMatrix(HS, new long[][] {{10, 0}, {0, 0}});
        assertThat(oneLabel.kappa()).as("p_e = 1").isNaN();
        assertThat(oneLabel.precision(1)).isNaN();
        assertThat(oneLabel.f1(1)).isNaN();
        assertThat(oneLabel.macroF1()).isEqualTo(1.0);
        assertThat(oneLabel.specificity(0)).isNaN();
    }

    @Test
    void kappa_is_undefined_when_the_reference_has_one_label_only() {
        // 19 of 20 right, all reference items non-hateful: p_o = p_e = 19/20, so the formula gives 0 whatever the judge
        ConfusionMatrix oneReference = new ConfusionMatrix(HS, new long[][] {{0, 0}, {1, 19}});
        assertThat(oneReference.accuracy()).isEqualTo(0.95);
        assertThat(oneReference.kappa())
                .as("no reference variation, so no chance-corrected agreement")
                .isNaN();
        // a scorer that gives one label only against a two-label reference is still κ = 0, which is informative
        ConfusionMatrix constantScorer = new ConfusionMatrix(HS, new long[][] {{5, 0}, {5, 0}});
        assertThat(constantScorer.kappa()).isEqualTo(0.0);
    }

    /** Krippendorff (2011), "Computing Krippendorff's alpha-reliability", nominal example with missing data: 0.743. */
    @Test
    void krippendorff_alpha_matches_the_published_example() {
        String[][] data = {
            {"1", "1", null, "1"}, {"2", "2", "3", "2"}, {"3", "3", "3", "3"}, {"3", "3", "3", "3"},
            {"2", "2", "2", "2"}, {"1", "2", "3", "4"}, {"4", "4", "4", "4"}, {"1", "1", "2", "1"},
            {"2", "2", "2", "2"}, {null, "5", "5", "5"}, {null, null, "1", "1"}, {null, "3", null, null}
        };
        List<Map<String, Integer>> items = new ArrayList<>();
        for (String[] unit : data) {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (String v : unit) {
                if (v != null) {
                    counts.merge(v, 1, Integer::sum);
                }
            }
            items.add(counts);
        }
        assertThat(Krippendorff.nominalAlpha(items)).isCloseTo(0.743, within(0.0005));
        Krippendorff.Coincidences c = Krippendorff.Coincidences.of(items);
        assertThat(c.pairable()).isEqualTo(40.0);
        assertThat(Krippendorff.Coincidences.of(items.subList(0, 6))
                        .plus(Krippendorff.Coincidences.of(items.subList(6, 12)))
                        .alpha())
                .isCloseTo(0.743, within(0.0005));
    }

    @Test
    void brier_and_reliability() {
        double[] p = {0.9, 0.8, 0.2, 0.1};
        boolean[] y = {true, false, false, false};
        // (0.01 + 0.64 + 0.04 + 0.01) / 4 = 0.175
        assertThat(Calibration.brier(p, y)).isCloseTo(0.175, within(1e-12));
        List<Calibration.Bin> bins = Calibration.reliability(p, y, 10);
        assertThat(bins).hasSize(4);
        assertThat(bins.getLast().from()).isEqualTo(0.9);
        assertThat(bins.getLast().observed()).isEqualTo(1.0);
    }

    @Test
    void analysis_gives_intervals_around_the_values_and_counts_judge_errors() {
        List<ValidationItem> items = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String ref = i % 2 == 0 ? "hateful" : "non-hateful";
            String pred = i % 10 == 0 ? "non-hateful" : ref;
            Map<String, Integer> ann = i % 4 == 0 ? Map.of(ref, 2, "non-hateful", 1) : Map.of(ref, 3);
            items.add(new ValidationItem("i" + i, "ms", "", "t" + (i / 4), ref, pred, Double.NaN, ann, ""));
        }
        items.add(new ValidationItem("e", "ms", "", "t0", "hateful", "judge-error", Double.NaN, Map.of(), "gpt-x"));
        ValidationResult r = new ValidationAnalysis(HS, "hateful", 0.95, 7, 500).analyse("all", items);

        assertThat(r.n()).isEqualTo(200);
        assertThat(r.judgeErrors()).isEqualTo(1);
        assertThat(r.clusters()).isEqualTo(50);
        assertThat(r.sensitivity().value()).isEqualTo(0.8);
        assertThat(r.specificity().value()).isEqualTo(1.0);
        assertThat(r.accuracy().value()).isEqualTo(0.9);
        assertThat(r.kappa().value()).isCloseTo(0.8, within(1e-12));
        assertThat(r.kappa().lower()).isLessThan(0.8);
        assertThat(r.kappa().upper()).isGreaterThan(0.8);
        assertThat(r.annotatorAlpha().defined()).isTrue();
        assertThat(r.annotatedItems()).isEqualTo(200);
        assertThat(r.brier().defined()).isFalse();
        assertThat(r.positiveCounts()).containsExactly(80, 100);
        assertThat(r.negativeCounts()).containsExactly(100, 100);
        assertThat(r.responseModels()).containsEntry("not stated", 200L).containsEntry("gpt-x", 1L);
        assertThat(ValidationAnalysis.alpha(new double[][] {{4, 1}, {1, 4}}))
                .as("dense alpha agrees with the map-based one")
                .isCloseTo(
                        Krippendorff.Coincidences.of(List.of(
                                        Map.of("a", 2),
                                        Map.of("a", 2),
                                        Map.of("b", 2),
                                        Map.of("b", 2),
                                        Map.of("a", 1, "b", 1)))
                                .alpha(),
                        within(1e-12));
    }
}
