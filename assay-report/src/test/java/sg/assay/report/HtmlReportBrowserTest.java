package sg.assay.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import sg.assay.report.cost.PriceTable;
import sg.assay.run.InMemoryRunStore;
import sg.assay.run.RunRecord;

/**
 * Opens HTML reports in headless Chromium and reads the DOM after load: the first page of samples is rendered, and
 * filters given in the address apply. Skipped when no {@code chromium} is on the PATH (CI installs Debian's). The
 * 100,000-sample load measurement runs only with {@code -Pslow} and prints its numbers (docs/benchmarks.md).
 */
class HtmlReportBrowserTest {
    @TempDir
    Path dir;

    Path chromium;

    @BeforeEach
    void findChromium() {
        Optional<Path> found = Optional.empty();
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String p : System.getenv().getOrDefault("PATH", "").split(":")) {
                Path c = Path.of(p, name);
                if (found.isEmpty() && Files.isExecutable(c)) {
                    found = Optional.of(c);
                }
            }
        }
        Assumptions.assumeTrue(found.isPresent(), "chromium not found on PATH: the browser tests are skipped");
        chromium = found.orElseThrow();
    }

    @Test
    void should_render_the_first_page_and_apply_filters_from_the_address() throws Exception {
        Path html = report(1_000, "run-browser");
        String dom = dumpDom(html, "");
        assertThat(dom).contains("data-ready-ms=");
        assertThat(rows(dom)).isEqualTo(100);
        assertThat(dom).contains("rows 1–100 of 1000");

        // ms is every 4th sample from 1; sample 121 is in ms, completed, and its answer is "answer 121 with the word"
        String filtered = dumpDom(html, "#lang=ms&outcome=completed&q=answer%20121%20with");
        assertThat(filtered).contains("rows 1–1 of 1 (filtered from 1000)", "<td>s121</td>");
        assertThat(rows(filtered)).isEqualTo(1);
    }

    @Test
    void should_draw_the_validation_curves() throws Exception {
        Path html = dir.resolve("validation.html");
        Files.writeString(html, ValidationHtmlTest.render(ValidationHtmlTest.report()));

        String dom = dumpDom(html, "");

        assertThat(dom.split("<svg class=\"chart curve\"", -1)).hasSize(3);
        assertThat(dom).contains("ROC, held out (AUROC ").contains("<td>youden</td>");
    }

    @Test
    @EnabledIfSystemProperty(named = "assay.slow", matches = "true")
    void should_load_a_report_of_100000_samples() throws Exception {
        InMemoryRunStore store = new InMemoryRunStore();
        RunRecord run = ReportFixtures.run(store, "run-100k", "openai/gpt-4o-mini", 100_000, i -> i % 3 != 0);
        Path html = dir.resolve("run-100k.html");
        long t0 = System.nanoTime();
        try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            HtmlReport.write(RunView.of(run), store, PriceTable.bundled(), w);
        }
        long writeMs = (System.nanoTime() - t0) / 1_000_000;
        List<Long> ready = new ArrayList<>();
        List<Long> wall = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            long s = System.nanoTime();
            String dom = dumpDom(html, "");
            wall.add((System.nanoTime() - s) / 1_000_000);
            Matcher m = Pattern.compile("data-ready-ms=\"(\\d+)\"").matcher(dom);
            assertThat(m.find()).as("report rendered").isTrue();
            ready.add(Long.parseLong(m.group(1)));
            assertThat(rows(dom)).isEqualTo(100);
        }
        System.out.printf(
                "html report: 100000 samples, %.1f MB, written in %d ms; first page at %s ms after navigation start;"
                        + " chromium --dump-dom wall %s ms%n",
                Files.size(html) / 1e6, writeMs, ready, wall);
        Files.copy(html, Path.of("target", "report-100k.html"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private Path report(int n, String id) throws IOException {
        InMemoryRunStore store = new InMemoryRunStore();
        RunRecord run = ReportFixtures.run(store, id, "openai/gpt-4o-mini", n, i -> i % 3 != 0);
        Path html = dir.resolve(id + ".html");
        try (Writer w = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
            HtmlReport.write(RunView.of(run), store, PriceTable.bundled(), w);
        }
        return html;
    }

    private String dumpDom(Path html, String fragment) throws Exception {
        Path profile = Files.createTempDirectory(dir, "chromium-");
        List<String> cmd = List.of(
                chromium.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--no-first-run",
                "--user-data-dir=" + profile,
                "--dump-dom",
                html.toUri() + fragment);
        Process p = new ProcessBuilder(cmd)
                .redirectError(dir.resolve("chromium.log").toFile())
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
        return out;
    }

    /** Rendered sample rows (the inlined script holds the same tag as a string, so match the data attribute). */
    private static int rows(String dom) {
        Matcher m = Pattern.compile("<tr class=\"row o\\d\" data-i=\"\\d+\"").matcher(dom);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
