package sg.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import sg.assay.ConfigException;
import sg.assay.dataset.DatasetLibrary;
import sg.assay.dataset.imports.Importers;

class DatasetsCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private CommandLine cli(DatasetLibrary library) {
        Clock clock = Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC);
        CommandLine cl = new CommandLine(new DatasetsCommand(library, Importers.builtIn(), clock));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        cl.setExecutionExceptionHandler((e, c, p) -> {
            c.getErr().println(e.getMessage());
            c.getErr().flush();
            return e instanceof ConfigException ? 2 : 1;
        });
        return cl;
    }

    @Test
    void import_list_and_show_a_generic_csv() throws IOException {
        Path csv = tmp.resolve("rabak.csv");
        Files.writeString(csv, "text,hs,lang,annotator_1\nhello lah,0,ss,no\nbad words,1,ss,yes\n");
        DatasetLibrary library = new DatasetLibrary(tmp.resolve("home"));
        CommandLine cl = cli(library);

        int code = cl.execute(
                "import",
                "csv",
                csv.toString(),
                "--name",
                "rabak",
                "--map",
                "input=text,label=hs,language=lang",
                "-o",
                "language-codes=ss=en-SG",
                "-o",
                "label-source=human",
                "-o",
                "task=classification",
                "-o",
                "licence=gated, see upstream");
        assertThat(code).isZero();
        assertThat(out.toString())
                .contains("imported rabak (csv): 2 samples from 2 rows")
                .contains("licence:   gated, see upstream")
                .contains("languages: en-SG 2")
                .contains("human 2");

        assertThat(cl.execute("list")).isZero();
        assertThat(out.toString()).containsPattern("rabak\\s+csv\\s+2\\s+classification\\s+en-SG");

        assertThat(cl.execute("show", "rabak", "--sample", "3"))
                .as("ids (here line numbers) before positions")
                .isZero();
        assertThat(out.toString())
                .contains("expected: 1")
                .contains("[user] bad words")
                .contains("annotator_1 = yes")
                .contains("label_source = human");
        assertThat(library.resolve("dataset:rabak").samples()).hasSize(2);
    }

    @Test
    void bad_row_fails_with_its_location_unless_skipped() throws IOException {
        Path jsonl = tmp.resolve("d.jsonl");
        Files.writeString(jsonl, "{\"input\":\"a\"}\n{oops\n{\"input\":\"c\"}\n");
        CommandLine cl = cli(new DatasetLibrary(tmp.resolve("home")));
        assertThat(cl.execute("import", "jsonl", jsonl.toString())).isEqualTo(2);
        assertThat(err.toString()).startsWith(jsonl + ":2: invalid JSON");
        assertThat(cl.execute("import", "jsonl", jsonl.toString(), "--skip-bad-rows"))
                .isZero();
        assertThat(out.toString()).contains("2 samples from 3 rows");
        assertThat(err.toString()).contains("skipped 1 malformed rows").contains(jsonl + ":2:");
    }

    @Test
    void unknown_format_and_option_list_what_is_known() throws IOException {
        Path csv = tmp.resolve("x.csv");
        Files.writeString(csv, "input\nhi\n");
        CommandLine cl = cli(new DatasetLibrary(tmp.resolve("home")));
        assertThat(cl.execute("import", "multijial", csv.toString())).isEqualTo(2);
        assertThat(cl.execute("import", "csv", csv.toString(), "-o", "encodng=latin1"))
                .isEqualTo(2);
        assertThat(err.toString())
                .contains("import format 'multijial' not found; known: csv, jsonl, multijail")
                .contains("option 'encodng' not known for format csv");
        assertThat(cl.execute("formats")).isZero();
        assertThat(out.toString()).contains("sea-helm-safety").contains("-o position=...");
    }
}
