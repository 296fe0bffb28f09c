package sg.assay.dataset.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.assay.ConfigException;
import sg.assay.dataset.DatasetInfo;
import sg.assay.dataset.Sample;
import sg.assay.dataset.TaskKind;

class GenericImporterTest {
    @TempDir
    Path tmp;

    @Test
    void yaml_mapping_file_sets_fields_codes_encoding_and_provenance() throws IOException {
        Path csv = tmp.resolve("gated.csv");
        Files.write(
                csv,
                "post;lang;verdict;rater_a\ncaf\u00e9 talk;my;unsafe;x\n"
                        .replace(';', ',')
                        .getBytes(Charset.forName("windows-1252")));
        Path yaml = tmp.resolve("mapping.yaml");
        Files.writeString(yaml, """
                fields: {input: post, language: lang, label: verdict, metadata: [rater_a]}
                language-codes: {my: ms}
                encoding: windows-1252
                label-source: human
                task: classification
                licence: "gated; see upstream terms"
                """);
        Imported imported = Importers.builtIn()
                .get("csv")
                .read(csv, ImportOptions.defaults().withParams(Map.of("mapping", yaml.toString())));
        Sample s = imported.dataset().samples().getFirst();
        assertThat(s.prompt()).isEqualTo("café talk");
        assertThat(s.language()).as("my means Malay in this source").isEqualTo("ms");
        assertThat(s.expected()).isEqualTo("unsafe");
        assertThat(s.metadata())
                .containsOnly(
                        Map.entry("rater_a", "x"), Map.entry("label", "unsafe"), Map.entry("label_source", "human"));
        DatasetInfo info = imported.info(Instant.EPOCH);
        assertThat(info.task()).isEqualTo(TaskKind.CLASSIFICATION);
        assertThat(info.licence()).isEqualTo("gated; see upstream terms");
        assertThat(info.name()).isEqualTo("csv-gated");
    }

    @Test
    void options_given_directly_win_over_the_yaml_file_and_bad_values_are_named() throws IOException {
        Path jsonl = tmp.resolve("d.jsonl");
        Files.writeString(jsonl, "{\"q\":\"hi\",\"l\":\"xx\"}\n");
        Path yaml = tmp.resolve("m.yaml");
        Files.writeString(yaml, "fields: {input: q, language: l}\nlanguage-codes: {xx: th}\n");
        Importer jsonlImporter = Importers.builtIn().get("jsonl");
        Sample s = jsonlImporter
                .read(
                        jsonl,
                        ImportOptions.defaults()
                                .withParams(Map.of("mapping", yaml.toString(), "language-codes", "xx=vi")))
                .dataset()
                .samples()
                .getFirst();
        assertThat(s.language()).isEqualTo("vi");
        assertThatThrownBy(() -> jsonlImporter.read(
                        jsonl, ImportOptions.defaults().withParams(Map.of("map", "input=q", "task", "jailbreak"))))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("task kind 'jailbreak' not known");
        assertThatThrownBy(() -> jsonlImporter.read(
                        jsonl, ImportOptions.defaults().withParams(Map.of("map", "input=q", "encoding", "klingon"))))
                .hasMessageStartingWith("encoding 'klingon' not known");
    }
}
