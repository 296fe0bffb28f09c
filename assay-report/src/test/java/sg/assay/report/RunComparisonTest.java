package sg.assay.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.function.IntPredicate;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;
import sg.assay.report.cost.PriceTable;
import sg.assay.run.InMemoryRunStore;
import sg.assay.run.RunRecord;
import sg.assay.stats.Pair;
import sg.assay.stats.PairedComparison;

class RunComparisonTest {
    static final int N = 40;
    static final IntPredicate BASE = i -> i % 3 != 0;
    static final IntPredicate OTHER = i -> i % 2 == 0;

    final InMemoryRunStore store = new InMemoryRunStore();
    final RunRecord base = ReportFixtures.run(store, "run-base", "openai/gpt-4o", N, BASE);
    final RunRecord other = ReportFixtures.run(store, "run-other", "openai/gpt-4o-mini", N, OTHER);

    @Test
    void should_pair_completed_samples_and_use_tango_for_independent_binary_pairs() {
        RunComparison c = RunComparison.of(List.of(base, other), store, PriceTable.bundled());
        assertThat(c.baseline()).isEqualTo("run-base");
        assertThat(c.runs()).extracting(RunView::target).containsExactly("openai/gpt-4o", "openai/gpt-4o-mini");
        RunComparison.PairedDifference d = c.differences().getFirst();
        // every tenth sample (9, 19, 29, 39) failed in both runs, so 36 pairs
        int pairs = 0;
        int basePass = 0;
        int otherPass = 0;
        for (int i = 0; i < N; i++) {
            if (i % 10 != 9) {
                pairs++;
                basePass += BASE.test(i) ? 1 : 0;
                otherPass += OTHER.test(i) ? 1 : 0;
            }
        }
        assertThat(d.pairs()).isEqualTo(pairs).isEqualTo(36);
        assertThat(d.baseline()).isCloseTo((double) basePass / pairs, Offset.offset(1e-12));
        assertThat(d.other()).isCloseTo((double) otherPass / pairs, Offset.offset(1e-12));
        assertThat(d.difference()).isCloseTo((double) (otherPass - basePass) / pairs, Offset.offset(1e-12));
        assertThat(d.method()).isEqualTo("tango-score");
        assertThat(d.test()).isEqualTo("mcnemar-mid-p");
        assertThat(d.lower()).isLessThan(d.difference());
        assertThat(d.upper()).isGreaterThan(d.difference());
        assertThat(c.digest()).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void should_agree_with_paired_comparison_called_directly() {
        List<Pair> pairs = new java.util.ArrayList<>();
        for (int i = 0; i < N; i++) {
            if (i % 10 != 9) {
                pairs.add(new Pair(OTHER.test(i) ? 1 : 0, BASE.test(i) ? 1 : 0, "s" + i));
            }
        }
        var expected = PairedComparison.compare(pairs, 0.95, 7, 2000);
        RunComparison.PairedDifference d = RunComparison.of(List.of(base, other), store, PriceTable.bundled())
                .differences()
                .getFirst();
        assertThat(d.lower()).isEqualTo(expected.difference().lower());
        assertThat(d.upper()).isEqualTo(expected.difference().upper());
        assertThat(d.pValue()).isEqualTo(expected.pValue());
    }

    @Test
    void should_render_targets_side_by_side_in_markdown_and_html() {
        RunComparison c = RunComparison.of(List.of(base, other), store, PriceTable.bundled());
        String md = ComparisonReport.markdown(c);
        assertThat(md).contains("| metric | openai/gpt-4o (run-base) | openai/gpt-4o-mini (run-other) |");
        assertThat(md).contains("## By language", "| ms · includes |", "## Paired differences from run-base");
        assertThat(md).contains("tango-score, mcnemar-mid-p", c.digest());
        String html = ComparisonReport.html(c);
        assertThat(html).contains("<th>openai/gpt-4o (run-base)</th>", "class=\"whisker\"", c.digest());
        assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://", "https://", "<script");
    }

    @Test
    void should_refuse_runs_of_different_tasks_or_a_single_run() {
        assertThatThrownBy(() -> RunComparison.of(List.of(base), store, PriceTable.bundled()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("at least two runs");
    }
}
