package sg.assay.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import sg.assay.dataset.imports.SharedDatasets;

class SharedReadersTest {

    @Test
    void sea_helm_puts_every_language_of_a_topic_in_one_group_with_both_labels() {
        Path root = SharedDatasets.root();
        SharedDatasets.folder("sea-helm-safety-cultural");

        List<GuardExample> all = SharedReaders.seaHelm(root);

        assertThat(all).extracting(GuardExample::language).contains("th", "ta", "my", "fil", "vi", "en");
        Map<Boolean, Long> labels =
                all.stream().collect(Collectors.groupingBy(GuardExample::harmful, Collectors.counting()));
        assertThat(labels.get(true)).isGreaterThan(1000);
        assertThat(labels.get(false)).isGreaterThan(1000);
        // the English version of a local prompt shares its group
        GuardExample thai =
                all.stream().filter(e -> e.language().equals("th")).findFirst().orElseThrow();
        assertThat(all)
                .anyMatch(e -> e.group().equals(thai.group()) && e.language().equals("en"));
    }

    @Test
    void english_sets_read_with_their_published_sizes() {
        Path root = SharedDatasets.root();
        SharedDatasets.folder("xstest");

        assertThat(SharedReaders.xstest(root))
                .hasSize(450)
                .filteredOn(GuardExample::harmful)
                .hasSize(200);
        assertThat(SharedReaders.advbench(root)).hasSize(520);
        assertThat(SharedReaders.doNotAnswer(root)).hasSize(939);
        assertThat(SharedReaders.mlcommons(root)).hasSize(1200);
    }

    @Test
    void multijail_is_read_in_ten_languages_despite_its_byte_order_mark() {
        Path root = SharedDatasets.root();
        SharedDatasets.folder("multijail");

        List<GuardExample> mj = SharedReaders.multiJail(root);

        assertThat(mj)
                .extracting(GuardExample::language)
                .containsOnly("en", "zh-Hans", "it", "vi", "ar", "ko", "th", "bn", "sw", "jv");
        assertThat(mj).hasSize(3150);
    }

    @Test
    void only_permissively_licensed_sets_are_trainable() {
        assertThat(GuardSources.training()).allMatch(GuardSource::trainable);
        assertThat(GuardSources.training())
                .extracting(GuardSource::licence)
                .allSatisfy(l -> assertThat(l).containsAnyOf("MIT", "Apache-2.0", "CC-BY-4.0", "Assay project"));
        assertThat(GuardSources.measurementOnly()).noneMatch(GuardSource::trainable);
        assertThat(GuardSources.training()).extracting(GuardSource::name).doesNotContain("sea-smoke", "multijail");
    }
}
