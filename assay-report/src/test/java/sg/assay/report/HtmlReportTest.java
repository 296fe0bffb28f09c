package sg.assay.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import sg.assay.json.Json;
import sg.assay.report.cost.PriceTable;
import sg.assay.run.InMemoryRunStore;
import sg.assay.run.RunRecord;

class HtmlReportTest {
    final InMemoryRunStore store = new InMemoryRunStore();
    final RunRecord run = ReportFixtures.run(store, "run-html", "openai/gpt-4o-mini", 40, i -> i % 3 != 0);
    final RunView view = RunView.of(run);

    String render() {
        StringWriter w = new StringWriter();
        HtmlReport.write(view, store, PriceTable.bundled(), w);
        return w.toString();
    }

    @Test
    void should_be_self_contained_with_no_network_references() {
        String html = render();
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(html).doesNotContainPattern("(?i)<link|<img|<iframe|\\ssrc=|@import|url\\(");
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://", "https://");
        assertThat(html).contains("default-src 'none'");
    }

    @Test
    void should_embed_every_sample_with_transcript_and_scores_as_compact_json() throws Exception {
        String html = render();
        JsonNode data = Json.mapper().readTree(dataBlock(html));
        assertThat(data.get("rows")).hasSize(40);
        assertThat(data.get("scorers").get(0).asText()).isEqualTo("includes");
        assertThat(data.get("languages")).extracting(JsonNode::asText).containsExactly("en", "ms", "ta", "th");
        JsonNode s5 = data.get("rows").get(5);
        assertThat(s5.get(0).asText()).isEqualTo("s5");
        JsonNode transcript = s5.get(11);
        assertThat(transcript).hasSize(5);
        assertThat(transcript.get(2).get(0).asText()).isEqualTo("assistant");
        assertThat(transcript.get(2).get(2).get(0).get(1).asText()).isEqualTo("lookup");
        assertThat(transcript.get(3).get(0).asText()).isEqualTo("tool");
        assertThat(s5.get(5).get(0).get(0).asDouble()).isEqualTo(1.0);
        // gpt-4o-mini at 0.15 / 0.60 per million: (1005 × 0.15 + 200 × 0.60) / 1e6
        assertThat(s5.get(9).asDouble())
                .isCloseTo((1005 * 0.15 + 200 * 0.60) / 1e6, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(data.get("rows").get(9).get(4).asInt()).as("sample 9 failed").isEqualTo(1);
    }

    @Test
    void should_not_let_sample_text_close_the_script_element() {
        String html = render();
        String block = dataBlock(html);
        assertThat(block).doesNotContain("</script", "<b>");
        assertThat(block).contains("\\u003C/script\\u003E");
    }

    @Test
    void should_show_metrics_charts_breakdowns_cost_and_digests() {
        String html = render();
        assertThat(html).contains("<h2>Metrics</h2>", "<h2>By language</h2>", "<h2>By category</h2>");
        assertThat(html).contains("includes by language", "includes by category");
        assertThat(countOf(html, "class=\"whisker\"")).isEqualTo(1 + 4 + 3);
        assertThat(html).contains("USD", "gpt-4o-mini", "bundled example prices as of");
        ReportDigests.Samples samples = ReportDigests.samples(store, run.id());
        assertThat(html).contains(view.digest(), samples.digest(), "40 sample lines");
    }

    static String dataBlock(String html) {
        Matcher m = Pattern.compile(
                        "<script type=\"application/json\" id=\"assay-data\">(.*?)</script>", Pattern.DOTALL)
                .matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    static int countOf(String s, String what) {
        int n = 0;
        for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
