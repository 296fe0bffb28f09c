package sg.assay.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import sg.assay.provenance.CanonicalJson;
import sg.assay.provenance.Digests;
import sg.assay.report.cost.PriceTable;
import sg.assay.run.InMemoryRunStore;
import sg.assay.run.RunRecord;

class RunViewTest {
    final InMemoryRunStore store = new InMemoryRunStore();

    @Test
    void should_digest_the_run_record_without_digest_and_cost() {
        RunRecord run = ReportFixtures.run(store, "run-a", "openai/gpt-4o", 20, i -> i % 2 == 0);
        RunView v = RunView.of(run);
        assertThat(v.digest()).matches("sha256:[0-9a-f]{64}");
        // recompute by hand from the published JSON: drop digest, cost and judges, canonicalize, hash
        com.fasterxml.jackson.databind.node.ObjectNode json =
                (com.fasterxml.jackson.databind.node.ObjectNode) CanonicalJson.parse(ReportJson.writePretty(v));
        json.remove("digest");
        json.remove("cost");
        json.remove("judges");
        assertThat(Digests.json(json)).isEqualTo(v.digest());
        assertThat(RunView.of(run, PriceTable.empty()).digest())
                .as("prices do not change it")
                .isEqualTo(v.digest());

        RunRecord other = ReportFixtures.run(new InMemoryRunStore(), "run-a", "openai/gpt-4o", 20, i -> i % 3 == 0);
        assertThat(RunView.of(other).digest()).as("other metrics change it").isNotEqualTo(v.digest());
    }

    @Test
    void should_cost_the_run_from_the_price_table() {
        RunRecord run = ReportFixtures.run(store, "run-c", "openai/gpt-4o", 10, i -> true);
        RunView.CostView c = RunView.of(run).cost();
        // tokens in: sum of 1000 + i over i = 0..9 = 10045; out: 10 × 200 = 2000; gpt-4o: 2.50 in, 10.00 out
        assertThat(c.currency()).isEqualTo("USD");
        assertThat(c.input()).isCloseTo(10045 * 2.50 / 1e6, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(c.output()).isCloseTo(2000 * 10.0 / 1e6, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(c.total()).isCloseTo((10045 * 2.50 + 2000 * 10.0) / 1e6, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(c.perSample()).isCloseTo(c.total() / 10, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(c.pricedAs()).isEqualTo("openai/gpt-4o");

        RunRecord mock = ReportFixtures.run(store, "run-m", "mock/echo", 3, i -> true);
        RunView.CostView none = RunView.of(mock).cost();
        assertThat(none.total()).isNull();
        assertThat(none.prices()).contains("no price for 'mock/echo'");
    }

    @Test
    void should_end_the_markdown_report_with_the_digests_and_show_cost() {
        RunRecord run = ReportFixtures.run(store, "run-md", "openai/gpt-4o-mini", 12, i -> true);
        RunView v = RunView.of(run);
        ReportDigests.Samples s = ReportDigests.samples(store, run.id());
        String md = MarkdownReport.render(
                v,
                java.util.List.of(),
                java.util.Optional.of(s),
                sg.assay.finding.FindingsSummary.of(java.util.List.of()));
        assertThat(md).contains("| cost | USD ");
        assertThat(md.strip().lines().reduce((a, b) -> b).orElseThrow())
                .contains(v.digest(), s.digest(), "12 sample lines");
    }
}
