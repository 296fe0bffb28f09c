package sg.assay.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassificationTest {

    @Test
    void uncovered_categories_are_not_assessed_never_safe() {
        Classification c = Classification.of(List.of(new Assessment(HarmCategory.HATE, 0.1, Severity.NONE, false)));

        assertThat(c.flagged()).isFalse();
        assertThat(c.assessment(HarmCategory.SCAMS)).isEmpty();
        assertThat(c.notAssessed()).contains(HarmCategory.SCAMS).doesNotContain(HarmCategory.HATE);
        assertThat(c.render())
                .startsWith("not flagged; assessed and clear: hate; not assessed: ")
                .contains("scams");
        assertThat(c.metadata()).containsEntry("classification.hate", "clear none 0.1000");
    }

    @Test
    void parts_of_one_category_combine_to_the_worst() {
        Classification c = Classification.of(List.of(
                new Assessment(HarmCategory.VIOLENCE, 0.3, Severity.LOW, false),
                new Assessment(HarmCategory.VIOLENCE, 0.9, Severity.HIGH, true)));

        assertThat(c.assessment(HarmCategory.VIOLENCE))
                .contains(new Assessment(HarmCategory.VIOLENCE, 0.9, Severity.HIGH, true));
        assertThat(c.render()).startsWith("flagged: violence (high 0.90)");
        assertThat(c.metadata()).containsEntry("classification.flagged", "true");
    }

    @Test
    void scores_band_into_severities() {
        assertThat(Severity.ofScore(0.1)).isEqualTo(Severity.NONE);
        assertThat(Severity.ofScore(0.2)).isEqualTo(Severity.LOW);
        assertThat(Severity.ofScore(0.5)).isEqualTo(Severity.MEDIUM);
        assertThat(Severity.ofScore(0.8)).isEqualTo(Severity.HIGH);
        assertThat(HarmCategory.SELF_HARM.label()).isEqualTo("self-harm");
    }
}
