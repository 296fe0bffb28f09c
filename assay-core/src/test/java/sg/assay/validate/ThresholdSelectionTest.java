package sg.assay.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import sg.assay.classify.Threshold;

class ThresholdSelectionTest {

    private static ValidationItem item(String id, String cluster, boolean hateful, double p) {
        return new ValidationItem(
                id,
                "en",
                "",
                cluster,
                hateful ? "hateful" : "non-hateful",
                hateful ? "hateful" : "non-hateful",
                p,
                Map.of(),
                "");
    }

    @Test
    void the_split_keeps_every_item_of_a_cluster_on_one_side_and_is_stable() {
        ValidationSplit split = new ValidationSplit(42, 0.5);
        Map<String, Boolean> side = new HashMap<>();
        int selected = 0;
        for (int c = 0; c < 200; c++) {
            for (int k = 0; k < 5; k++) {
                ValidationItem i = item("c" + c + "-" + k, "template-" + c, k % 2 == 0, 0.5);
                boolean s = split.selects(i);
                assertThat(side.computeIfAbsent(i.cluster(), x -> s)).as(i.id()).isEqualTo(s);
                selected += s ? 1 : 0;
            }
        }
        assertThat(selected / 5).isBetween(80, 120);
        assertThat(new ValidationSplit(42, 0.5).selects(item("x", "template-7", true, 0.5)))
                .isEqualTo(side.get("template-7"));
        // an item without a cluster is split by its id
        assertThat(ValidationSplit.key(item("only-id", "", true, 0.5))).isEqualTo("only-id");
    }

    @Test
    void a_separable_scorer_gets_a_threshold_in_the_gap_and_perfect_held_out_statistics() {
        List<ValidationItem> items = new ArrayList<>();
        for (int c = 0; c < 60; c++) {
            for (int k = 0; k < 3; k++) {
                boolean hateful = c % 2 == 0;
                items.add(item("i" + c + "-" + k, "t" + c, hateful, hateful ? 0.7 + 0.01 * k : 0.2 + 0.01 * k));
            }
        }

        Optional<ThresholdSelection> t = ThresholdSelection.of(
                items, "hateful", Threshold.Objective.BALANCED_ACCURACY, new ValidationSplit(7, 0.5), 0.95, 200);

        assertThat(t).isPresent();
        ThresholdSelection s = t.get();
        assertThat(s.splitKey()).isEqualTo("cluster");
        assertThat(s.selection().total() + s.heldOut().total()).isEqualTo(180);
        assertThat(s.selectionClusters() + s.heldOutClusters()).isEqualTo(60);
        assertThat(s.threshold()).isBetween(0.22, 0.7);
        assertThat(s.recall().value()).isEqualTo(1.0);
        assertThat(s.specificity().value()).isEqualTo(1.0);
        assertThat(s.auroc().value()).isEqualTo(1.0);
        assertThat(s.auroc().lower()).isEqualTo(1.0);
        assertThat(s.averagePrecision().value()).isEqualTo(1.0);
        assertThat(s.operatingPoints())
                .extracting(ThresholdSelection.OperatingPoint::objective)
                .containsExactlyElementsOf(ThresholdSelection.STANDARD);
        assertThat(ThresholdTable.markdown(s)).contains("| youden (chosen) |").contains("seed 7");
    }

    @Test
    void without_probabilities_there_is_no_selection() {
        List<ValidationItem> items = List.of(item("a", "a", true, Double.NaN), item("b", "b", false, Double.NaN));

        assertThat(ThresholdSelection.of(
                        items, "hateful", Threshold.Objective.F1, new ValidationSplit(1, 0.5), 0.95, 10))
                .isEmpty();
    }
}
