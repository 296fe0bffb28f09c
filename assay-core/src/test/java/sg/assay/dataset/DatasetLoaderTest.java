package sg.assay.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.assay.ConfigException;
import sg.assay.language.CodeMap;
import sg.assay.message.AssistantMessage;
import sg.assay.message.SystemMessage;
import sg.assay.message.UserMessage;

class DatasetLoaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    @Test
    void jsonl_with_default_fields_fills_every_part_of_a_sample() throws IOException {
        // given
        Path f = write("d.jsonl", """
                {"id":"a1","input":"hello","expected":"refuse","language":"ms","category":"hate","group":"g1","extra":7}

                {"input":"second"}
                """);
        // when
        Dataset d = DatasetLoader.defaults().load(f);
        // then
        assertThat(d.name()).isEqualTo("d");
        assertThat(d.samples()).hasSize(2);
        Sample a = d.samples().getFirst();
        assertThat(a.id()).isEqualTo("a1");
        assertThat(a.prompt()).isEqualTo("hello");
        assertThat(a.expected()).isEqualTo("refuse");
        assertThat(a.language()).isEqualTo("ms");
        assertThat(a.category()).isEqualTo("hate");
        assertThat(a.group()).isEqualTo("g1");
        assertThat(a.metadata()).containsExactly(Map.entry("extra", "7"));
        Sample b = d.samples().get(1);
        assertThat(b.id()).as("missing id becomes the line number").isEqualTo("3");
        assertThat(b.language()).isEqualTo("und");
        assertThat(b.group()).isEqualTo("3");
    }

    @Test
    void jsonl_input_may_be_a_list_of_messages() throws IOException {
        Path f = write("m.jsonl", """
                {"input":[{"role":"system","content":"be brief"},{"role":"user","content":"hi"},\
                {"role":"assistant","content":[{"type":"text","text":"yo"}]},{"role":"user","content":"and?"}]}
                """);
        Sample s = DatasetLoader.defaults().load(f).samples().getFirst();
        assertThat(s.input()).hasSize(4);
        assertThat(s.input().get(0)).isInstanceOf(SystemMessage.class);
        assertThat(s.input().get(2)).isInstanceOf(AssistantMessage.class);
        assertThat(s.input().get(2).text()).isEqualTo("yo");
        assertThat(s.input().get(3)).isInstanceOf(UserMessage.class);
        assertThat(s.prompt()).isEqualTo("and?");
    }

    @Test
    void malformed_jsonl_row_fails_with_file_line_and_what_is_wrong() throws IOException {
        Path f = write("bad.jsonl", "{\"input\":\"ok\"}\n{\"input\": 5\n{\"text\":\"x\"}\n");
        assertThatThrownBy(() -> DatasetLoader.defaults().load(f))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(f + ":2: invalid JSON");
    }

    @Test
    void wrong_shape_names_the_field_and_what_was_expected() throws IOException {
        Path f = write("shape.jsonl", "{\"input\":{\"a\":1}}\n");
        assertThatThrownBy(() -> DatasetLoader.defaults().load(f))
                .isInstanceOf(ConfigException.class)
                .hasMessage(f + ":1: field 'input' must be a string or a list of {role, content} messages, "
                        + "found an object");
        Path g = write("role.jsonl", "{\"input\":[{\"role\":\"bot\",\"content\":\"x\"}]}\n");
        assertThatThrownBy(() -> DatasetLoader.defaults().load(g))
                .hasMessage(g + ":1: input[0] has role 'bot'; expected system, user or assistant");
    }

    @Test
    void skip_bad_rows_counts_them_and_keeps_the_first_locations() throws IOException {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= 10; i++) {
            sb.append(i % 2 == 0 ? "{\"text\":\"no input\"}" : "{\"input\":\"p" + i + "\"}")
                    .append('\n');
        }
        Path f = write("mixed.jsonl", sb.toString());
        DatasetLoader loader = new DatasetLoader(
                FieldMapping.defaults(), LoadOptions.defaults().withSkipBadRows(true));
        LoadResult r = loader.read(f, "mixed");
        assertThat(r.dataset().samples()).extracting(Sample::id).containsExactly("1", "3", "5", "7", "9");
        assertThat(r.rows()).isEqualTo(10);
        assertThat(r.skipped().count()).isEqualTo(5);
        assertThat(r.skipped().first()).hasSize(BadRows.KEPT);
        assertThat(r.skipped().first().getFirst()).startsWith(f + ":2: missing input field 'input'");
    }

    @Test
    void duplicate_ids_are_bad_rows_that_say_where_the_id_was_first_seen() throws IOException {
        Path f = write("dup.jsonl", "{\"id\":\"x\",\"input\":\"a\"}\n{\"id\":\"x\",\"input\":\"b\"}\n");
        assertThatThrownBy(() -> DatasetLoader.defaults().load(f))
                .hasMessage(f + ":2: duplicate sample id 'x' (first at " + f + ":1)");
    }

    @Test
    void jsonl_rows_are_streamed_with_their_lines_and_positions() throws IOException {
        Path f = write("s.jsonl", "{\"input\":\"a\"}\n\n{\"input\":\"b\"}\nnot json\n");
        java.util.List<String> seen = new java.util.ArrayList<>();
        RowReader.jsonl(
                f,
                java.nio.charset.StandardCharsets.UTF_8,
                row -> seen.add(row.line() + "/" + row.index() + "/"
                        + row.fields().path("input").asText() + "/" + row.problem()));
        assertThat(seen).hasSize(3);
        assertThat(seen.get(0)).isEqualTo("1/1/a/");
        assertThat(seen.get(1)).isEqualTo("3/2/b/");
        assertThat(seen.get(2)).startsWith("4/3//invalid JSON");
        assertThat(RowReader.jsonl(f, java.nio.charset.StandardCharsets.UTF_8))
                .extracting(Row::line)
                .containsExactly(1L, 3L, 4L);
    }

    @Test
    void a_large_jsonl_file_loads_every_sample_in_order() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            text.append("{\"id\":\"s")
                    .append(i)
                    .append("\",\"input\":\"q")
                    .append(i)
                    .append("\"}\n");
        }
        Dataset d = DatasetLoader.defaults().load(write("big.jsonl", text.toString()));
        assertThat(d.samples()).hasSize(20_000);
        assertThat(d.samples().get(19_999).id()).isEqualTo("s19999");
        assertThat(d.samples().get(19_999).prompt()).isEqualTo("q19999");
    }

    @Test
    void csv_with_header_maps_renamed_columns_and_keeps_duplicates() throws IOException {
        Path f = write("c.csv", "text,label,annotator,annotator\n\"multi\nline, quoted\",hateful,a,b\nplain,ok,c,d\n");
        FieldMapping m = FieldMapping.parse("input=text,label=label");
        LoadResult r = new DatasetLoader(m, LoadOptions.defaults()).read(f, "c");
        List<Sample> s = r.dataset().samples();
        assertThat(s).hasSize(2);
        assertThat(s.get(0).prompt()).isEqualTo("multi\nline, quoted");
        assertThat(s.get(0).id()).isEqualTo("2");
        assertThat(s.get(1).id()).as("line of a row after a two-line row").isEqualTo("4");
        assertThat(s.get(0).expected()).isEqualTo("hateful");
        assertThat(s.get(0).metadata())
                .containsEntry("label", "hateful")
                .containsEntry("annotator", "a")
                .containsEntry("annotator_2", "b");
    }

    @Test
    void headerless_csv_is_mapped_by_column_index() throws IOException {
        Path f = write("h.csv", "first prompt,cat-a\nsecond prompt,cat-b\n");
        FieldMapping m = FieldMapping.parse("id=,input=0,category=1");
        LoadOptions o = LoadOptions.defaults().withCsv(CsvRows.utf8().withHeader(false));
        Dataset d = new DatasetLoader(m, o).read(f, "h").dataset();
        assertThat(d.samples()).extracting(Sample::category).containsExactly("cat-a", "cat-b");
        assertThat(d.samples()).extracting(Sample::id).containsExactly("1", "2");
        assertThat(d.samples().get(1).prompt()).isEqualTo("second prompt");
    }

    @Test
    void csv_row_with_too_few_columns_is_reported_at_its_line() throws IOException {
        Path f = write("short.csv", "input,category\nfine,a\nbroken\n");
        assertThatThrownBy(() -> DatasetLoader.defaults().load(f))
                .hasMessage(f + ":3: row has 1 columns; the header has 2");
    }

    @Test
    void unterminated_quote_fails_at_its_line_even_when_skipping() throws IOException {
        Path f = write("q.csv", "input\nok\n\"never closed\nmore\n");
        DatasetLoader loader = new DatasetLoader(
                FieldMapping.defaults(), LoadOptions.defaults().withSkipBadRows(true));
        assertThatThrownBy(() -> loader.read(f, "q"))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(f + ":3: malformed CSV");
    }

    @Test
    void bytes_that_are_not_utf8_fail_with_the_line_and_a_hint_to_declare_the_encoding() throws IOException {
        Path f = dir.resolve("latin.csv");
        byte[] head = "input\nfine\n".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {'c', 'a', 'f', (byte) 0xE9, '\n'};
        Files.write(f, concat(head, bad));
        assertThatThrownBy(() -> DatasetLoader.defaults().load(f))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(f + ":3: bytes are not valid UTF-8");
        LoadOptions latin1 = LoadOptions.defaults().withCsv(CsvRows.utf8().withCharset(StandardCharsets.ISO_8859_1));
        Dataset d = new DatasetLoader(FieldMapping.defaults(), latin1)
                .read(f, "latin")
                .dataset();
        assertThat(d.samples().get(1).prompt()).isEqualTo("café");
    }

    @Test
    void language_codes_go_through_the_code_map() throws IOException {
        Path f = write("l.jsonl", "{\"input\":\"a\",\"language\":\"my\"}\n{\"input\":\"b\",\"language\":\"xx\"}\n");
        LanguageMapping map = new LanguageMapping(new CodeMap("test", Map.of("my", "ms")), "und");
        DatasetLoader loader = new DatasetLoader(
                FieldMapping.defaults(), LoadOptions.defaults().withLanguages(map));
        assertThatThrownBy(() -> loader.read(f, "l"))
                .hasMessageStartingWith(f + ":2: language code 'xx' is not in the code map of test");
        Path g = write("s.jsonl", "{\"input\":\"a\",\"language\":\"Singlish\"}\n");
        assertThatThrownBy(() -> DatasetLoader.defaults().load(g))
                .hasMessageStartingWith(g + ":1: language 'Singlish' is not a BCP 47 tag");
    }

    @Test
    void digest_is_the_sha256_of_the_file_bytes() throws IOException {
        // known answer: SHA-256("abc")
        Path f = write("abc.txt", "abc");
        assertThat(ContentDigest.of(f))
                .isEqualTo("sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        Path j = write("one.jsonl", "{\"input\":\"x\"}\n");
        assertThat(DatasetLoader.defaults().load(j).digest()).isEqualTo(ContentDigest.of(j));
    }

    @Test
    void unknown_extension_and_missing_file_are_config_errors() {
        assertThatThrownBy(() -> DatasetLoader.defaults().load(dir.resolve("x.parquet")))
                .hasMessageContaining("expected a .jsonl, .ndjson, .csv or .tsv file");
        assertThatThrownBy(() -> DatasetLoader.defaults().load(dir.resolve("none.jsonl")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("file not found");
    }

    @Test
    void mapping_parse_rejects_unknown_keys_and_limits_metadata() throws IOException {
        assertThatThrownBy(() -> FieldMapping.parse("inptu=text"))
                .hasMessageStartingWith("unknown mapping key 'inptu'");
        Path f = write("meta.jsonl", "{\"text\":\"t\",\"a\":\"1\",\"b\":\"2\"}\n");
        FieldMapping m = FieldMapping.parse("input=text,metadata=a");
        Sample s = new DatasetLoader(m, LoadOptions.defaults())
                .read(f, "m")
                .dataset()
                .samples()
                .getFirst();
        assertThat(s.metadata()).containsExactly(Map.entry("a", "1"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
