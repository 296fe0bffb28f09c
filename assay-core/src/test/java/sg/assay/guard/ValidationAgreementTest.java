package sg.assay.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import sg.assay.classify.Confusion;
import sg.assay.dataset.imports.SharedDatasets;
import sg.assay.validate.ConfusionMatrix;

/**
 * The guard's binary measures agree with the judge-validation statistics ({@code sg.assay.validate}), so the numbers
 * in docs/local-guard-validation.md mean what {@code judge validate} would report.
 */
class ValidationAgreementTest {

    @Test
    void kappa_accuracy_and_f1_match_the_judge_validation_confusion_matrix() {
        // given: the guard on the human-labelled Singlish SGHateCheck cases
        List<GuardExample> ss = HumanLabelled.sgHateCheck(
                SharedDatasets.folder("sghatecheck").resolve("annotations/ss_annotations.csv"), "en-SG");
        GuardModel model = GuardModel.bundled();
        Confusion c = Confusion.EMPTY;
        long[][] counts = new long[2][2]; // [reference][predicted], 0 = non-hateful, 1 = hateful
        for (GuardExample e : ss) {
            boolean flagged = model.classify(e.text()).flagged();
            c = c.add(flagged, e.harmful());
            counts[e.harmful() ? 1 : 0][flagged ? 1 : 0]++;
        }

        // when
        ConfusionMatrix m = new ConfusionMatrix(List.of("non-hateful", "hateful"), counts);

        // then
        assertThat(c.kappa()).isCloseTo(m.kappa(), within(1e-12));
        assertThat(c.accuracy()).isCloseTo(m.accuracy(), within(1e-12));
        assertThat(c.f1()).isCloseTo(m.f1(1), within(1e-12));
        assertThat(c.recall()).isCloseTo(m.recall(1), within(1e-12));
    }
}
