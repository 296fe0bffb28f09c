package sg.assay.report.parity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import sg.assay.parity.Observation;
import sg.assay.parity.ParityAnalysis;
import sg.assay.parity.ParityReport;
import sg.assay.parity.ParitySettings;

class ParityRenderingTest {
    /**
     * en 10% on 200 intents; "ms" equal to en; "ta" has 40 more positives (+20 points); one category name needs
     * escaping in SVG and Markdown.
     */
    private static ParityReport report() {
        List<Observation> obs = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String category = i % 2 == 0 ? "cyber <&> | harm" : "fraud";
            int en = i < 20 ? 1 : 0;
            obs.add(new Observation("i" + i, "en", category, 1, en));
            obs.add(new Observation("i" + i, "ms", category, 1, en));
            obs.add(new Observation("i" + i, "ta", category, 1, i < 60 ? 1 : 0));
        }
        return ParityAnalysis.analyse(
                "non-refusal", obs, ParitySettings.defaults("en").withReplicates(1000));
    }

    @Test
    void markdownCarriesTheNumbersAndTheCaveats() {
        String md = ParityMarkdown.render(report());
        assertThat(md)
                .contains("| ta | 200 | 30.0% |")
                .contains("| ta | 200 | +20.0 |")
                .contains("**WORSE**")
                .contains("**EQUIVALENT**")
                .contains("97.5% CI")
                .contains("Parity gap (worst ta − best en): 20.0 points")
                .contains("biased upwards")
                .contains("not equivalent")
                .contains("cyber <&> \\| harm")
                .contains("Cochran's Q = ");
    }

    @Test
    void chartsAreWellFormedSelfContainedSvg() {
        ParityReport r = report();
        String heat = HeatMapSvg.render(r.categories(), "non-refusal by language and category");
        String forest = ForestPlotSvg.render(r);
        for (String svg : List.of(heat, forest)) {
            assertThatCode(() -> DocumentBuilderFactory.newInstance()
                            .newDocumentBuilder()
                            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))))
                    .doesNotThrowAnyException();
            assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"");
            assertThat(svg).doesNotContain("href").doesNotContain("<script").doesNotContain("@import");
        }
        assertThat(heat).contains("cyber &lt;&amp;&gt; | harm").contains("30.0% (100)");
        assertThat(forest).contains("WORSE").contains("EQUIVALENT").contains("±5.0 equivalence band");
    }
}
