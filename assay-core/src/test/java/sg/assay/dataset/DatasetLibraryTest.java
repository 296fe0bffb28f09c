package sg.assay.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.assay.ConfigException;
import sg.assay.message.Message;

class DatasetLibraryTest {
    @TempDir
    Path home;

    private static Dataset sample(String name) {
        Sample a = new Sample(
                "a",
                List.of(Message.system("sys"), Message.user("hello")),
                "refuse",
                "ms",
                "hate",
                "g",
                Map.of("label", "hateful", LabelSource.KEY, "human", "annotator_1", "yes"));
        Sample b = new Sample("b", List.of(Message.user("apa khabar")), "", "ms", "", "b", Map.of());
        return new Dataset(name, "sha256:00", "MIT", List.of(a, b));
    }

    private static DatasetInfo info(Dataset d) {
        return DatasetInfo.describe(
                d, "jsonl", "/data/x.jsonl", 3, 1, TaskKind.CLASSIFICATION, Instant.parse("2026-11-23T00:00:00Z"));
    }

    @Test
    void saved_dataset_round_trips_and_resolves_by_reference() {
        DatasetLibrary lib = new DatasetLibrary(home);
        Dataset d = sample("my-set");
        lib.save(d, info(d), false);

        Dataset back = lib.resolve("dataset:my-set");
        assertThat(back).isEqualTo(d);
        DatasetInfo i = lib.info("my-set");
        assertThat(i.samples()).isEqualTo(2);
        assertThat(i.rows()).isEqualTo(3);
        assertThat(i.skipped()).isEqualTo(1);
        assertThat(i.languages()).containsExactly(Map.entry("ms", 2));
        assertThat(i.categories()).containsExactly(Map.entry("hate", 1));
        assertThat(i.labels()).containsExactly(Map.entry("human", 1));
        assertThat(i.task()).isEqualTo(TaskKind.CLASSIFICATION);
        assertThat(i.ref().digest()).isEqualTo("sha256:00");
        assertThat(home.resolve("my-set").resolve("samples.jsonl")).exists();
    }

    @Test
    void list_and_find_see_only_stored_datasets() {
        DatasetLibrary lib = new DatasetLibrary(home);
        assertThat(lib.list()).isEmpty();
        lib.save(sample("b-set"), info(sample("b-set")), false);
        lib.save(sample("a-set"), info(sample("a-set")), false);
        assertThat(lib.list()).extracting(DatasetInfo::name).containsExactly("a-set", "b-set");
        assertThat(lib.find("a-set")).isPresent();
        assertThat(lib.find("nope")).isEmpty();
        assertThat(lib.find("../etc")).isEmpty();
    }

    @Test
    void saving_over_an_existing_name_needs_replace() {
        DatasetLibrary lib = new DatasetLibrary(home);
        Dataset d = sample("x");
        lib.save(d, info(d), false);
        assertThatThrownBy(() -> lib.save(d, info(d), false))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("dataset 'x' already exists");
        Dataset smaller = new Dataset("x", "sha256:11", "MIT", List.of(Sample.of("only", "p")));
        lib.save(smaller, info(smaller), true);
        assertThat(lib.load("x").samples()).hasSize(1);
    }

    @Test
    void unknown_name_lists_known_ones_and_bad_names_are_refused() {
        DatasetLibrary lib = new DatasetLibrary(home);
        lib.save(sample("kept"), info(sample("kept")), false);
        assertThatThrownBy(() -> lib.resolve("dataset:kept2"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("dataset 'kept2' not found")
                .hasMessageContaining("known: kept");
        assertThatThrownBy(() -> DatasetLibrary.checkName("Bad/Name")).isInstanceOf(ConfigException.class);
        assertThatThrownBy(() -> lib.resolve("kept")).hasMessageContaining("expected dataset:<name>");
    }
}
