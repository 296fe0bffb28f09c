package sg.assay.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import sg.assay.dataset.imports.SharedDatasets;

class HumanLabelledTest {

    @Test
    void sghatecheck_keeps_the_final_human_labels_with_the_published_counts() {
        Path root = SharedDatasets.root();
        Path file = SharedDatasets.folder("sghatecheck").resolve("annotations/ss_annotations.csv");

        List<GuardExample> ss = HumanLabelled.sgHateCheck(file, "en-SG");

        // SOURCE.md: annotation_selected hateful 2,300, non-hateful 618 (no_match and undecided left out)
        assertThat(ss.stream().filter(GuardExample::harmful).count()).isEqualTo(2300);
        assertThat(ss.stream().filter(e -> !e.harmful()).count()).isEqualTo(618);
        assertThat(root).isNotNull();
    }

    @Test
    void seahatecheck_fills_the_identity_placeholder() {
        Path file = SharedDatasets.folder("seahatecheck").resolve("gold_label_annotated/th.csv");

        List<GuardExample> th = HumanLabelled.seaHateCheck(file, "th");

        assertThat(th).noneMatch(e -> e.text().contains("{IDENTITY_P}"));
        // SOURCE.md: majority hateful 2,824 / non-hateful 1,126 (2 other labels left out)
        assertThat(th).hasSize(2824 + 1126);
    }
}
