package sg.assay.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import sg.assay.classify.Curves;
import sg.assay.classify.Scored;
import sg.assay.classify.Threshold;
import sg.assay.score.judge.JudgeIdentity;
import sg.assay.validate.ThresholdSelection;
import sg.assay.validate.ValidationAnalysis;
import sg.assay.validate.ValidationItem;
import sg.assay.validate.ValidationReport;
import sg.assay.validate.ValidationSplit;

class ValidationHtmlTest {

    /** A validation of a scorer that separates the classes except for one overlapping cluster in four. */
    static ValidationReport report() {
        List<ValidationItem> items = new ArrayList<>();
        for (int c = 0; c < 40; c++) {
            for (int k = 0; k < 2; k++) {
                boolean hateful = k == 0;
                double p = hateful ? 0.6 + 0.01 * c : (c % 4 == 0 ? 0.7 : 0.1 + 0.01 * c);
                String label = hateful ? "hateful" : "non-hateful";
                items.add(new ValidationItem(
                        "i" + c + k, "en", "", "t" + c, label, p >= 0.5 ? "hateful" : "non-hateful", p, Map.of(), ""));
            }
        }
        List<String> labels = List.of("hateful", "non-hateful");
        return new ValidationReport(
                "val-1",
                "classification:target=local/guard",
                JudgeIdentity.of("classification", "(none)", 1, "", Map.of()),
                "human",
                "test (sha256:0)",
                Map.of(),
                new ValidationAnalysis(labels, "hateful", 0.95, 1, 50).analyse("all", items),
                List.of(),
                ThresholdSelection.of(
                        items,
                        "hateful",
                        Threshold.Objective.BALANCED_ACCURACY,
                        new ValidationSplit(3, 0.5),
                        0.95,
                        50));
    }

    static String render(ValidationReport r) {
        StringWriter w = new StringWriter();
        ValidationHtml.write(r, w);
        return w.toString();
    }

    @Test
    void the_roc_path_goes_through_the_known_points() {
        Curves c = Curves.of(
                List.of(new Scored(0.9, true), new Scored(0.8, true), new Scored(0.2, false), new Scored(0.1, false)));

        String svg = HtmlCurves.roc("ROC", c, new HtmlCurves.Xy(0, 1));

        // (fpr, tpr) = (0,0) (0,½) (0,1) (½,1) (1,1) on a 260-pixel square from (46, 26)
        assertThat(svg).contains("d=\"M46.0 286.0L46.0 156.0L46.0 26.0L176.0 26.0L306.0 26.0\"");
        assertThat(svg).contains("cx=\"46.0\" cy=\"26.0\"");
    }

    @Test
    void the_report_has_the_operating_points_and_two_well_formed_svg_charts() throws Exception {
        String page = render(report());

        assertThat(page)
                .contains("<td>youden</td>")
                .contains("<td>recall@0.95</td>")
                .contains("held-out AUROC");
        Matcher m = Pattern.compile("<svg class=\"chart curve\".*?</svg>", Pattern.DOTALL)
                .matcher(page);
        List<String> titles = new ArrayList<>();
        while (m.find()) {
            var doc = DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(m.group().getBytes(StandardCharsets.UTF_8)));
            titles.add(doc.getElementsByTagName("title").item(0).getTextContent());
        }
        assertThat(titles).hasSize(2);
        assertThat(titles.get(0)).startsWith("ROC, held out (AUROC 0.");
        assertThat(titles.get(1)).startsWith("Precision-recall, held out (AP 0.");
        assertThat(page).doesNotContain("<script");
    }
}
