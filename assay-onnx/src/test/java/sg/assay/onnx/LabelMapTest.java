package sg.assay.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;
import sg.assay.classify.Assessment;
import sg.assay.classify.Classification;
import sg.assay.classify.HarmCategory;
import sg.assay.classify.Severity;

class LabelMapTest {
    @Test
    void sigmoid_scores_each_logit_on_its_own_and_shared_categories_keep_the_highest() {
        LabelMap m = LabelMap.parse("onnx/t", "safe|hate|violence|hate", "sigmoid", 0.5);

        Classification c = m.classify(new float[] {5f, -1f, 2f, 0.5f});

        Assessment hate = c.assessment(HarmCategory.HATE).orElseThrow();
        assertThat(hate.score()).isCloseTo(1 / (1 + Math.exp(-0.5)), within(1e-9));
        assertThat(hate.flagged()).isTrue();
        assertThat(hate.severity()).isEqualTo(Severity.MEDIUM);
        Assessment violence = c.assessment(HarmCategory.VIOLENCE).orElseThrow();
        assertThat(violence.score()).isCloseTo(1 / (1 + Math.exp(-2)), within(1e-9));
        assertThat(violence.severity()).isEqualTo(Severity.HIGH);
        assertThat(c.notAssessed()).contains(HarmCategory.UNSAFE, HarmCategory.SCAMS);
    }

    @Test
    void softmax_scores_sum_to_one_over_the_logits() {
        LabelMap m = LabelMap.parse("onnx/t", "safe,unsafe", "softmax", 0.5);

        double p = m.classify(new float[] {1f, 3f})
                .assessment(HarmCategory.UNSAFE)
                .orElseThrow()
                .score();

        assertThat(p).isCloseTo(Math.exp(3) / (Math.exp(1) + Math.exp(3)), within(1e-9));
    }

    @Test
    void bad_labels_and_activations_are_one_line_errors() {
        assertThatThrownBy(() -> LabelMap.parse("onnx/t", "safe,toxic", "softmax", 0.5))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("label 'toxic' is not a common category");
        assertThatThrownBy(() -> LabelMap.parse("onnx/t", "safe,none", "softmax", 0.5))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("names no harm category");
        assertThatThrownBy(() -> LabelMap.parse("onnx/t", "safe,unsafe", "relu", 0.5))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("activation=relu; expected softmax or sigmoid");
    }
}
