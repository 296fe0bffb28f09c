package sg.assay.report.parity;

import java.util.List;
import sg.assay.parity.CategoryCell;
import sg.assay.parity.CategoryTable;
import sg.assay.parity.Direction;
import sg.assay.parity.LanguageComparison;
import sg.assay.parity.LanguageRate;
import sg.assay.parity.ParityGap;
import sg.assay.parity.ParityReport;
import sg.assay.parity.ParitySettings;
import sg.assay.parity.PowerSummary;
import sg.assay.stats.Interval;

/** Renders a {@link ParityReport} as GitHub-flavoured Markdown. */
public final class ParityMarkdown {
    private ParityMarkdown() {}

    public static String render(ParityReport report) {
        StringBuilder md = new StringBuilder();
        ParitySettings s = report.settings();
        md.append("## Language parity: ").append(report.metric()).append("\n\n");
        md.append(settings(report)).append("\n\n");
        rates(md, report.languages());
        comparisons(md, report);
        overall(md, report);
        power(md, report.power());
        categories(md, report.categories());
        md.append("Reference language: ").append(s.reference()).append(". ");
        md.append("Methods and caveats: docs/statistics.md.\n");
        return md.toString();
    }

    private static String settings(ParityReport r) {
        ParitySettings s = r.settings();
        return "Settings: equivalence margin ±" + Format.points(s.margin()).substring(1) + " points; family-wise "
                + Format.level(s.familyLevel()) + ", each of " + r.comparisons().size() + " comparisons at "
                + Format.level(r.comparisonLevel()) + " (Bonferroni); "
                + (s.direction() == Direction.HIGHER_IS_WORSE ? "higher is worse" : "higher is better") + "; "
                + r.intents() + " intents, up to " + r.maxEpochs() + " epoch(s); seed " + s.seed() + ", "
                + s.replicates() + " resamples.";
    }

    private static void rates(StringBuilder md, List<LanguageRate> rates) {
        md.append("### Rate by language\n\n");
        md.append("| Language | n | Rate | Wilson 95% CI | Exact 95% upper bound |\n");
        md.append("|---|---:|---:|---|---:|\n");
        for (LanguageRate r : rates) {
            md.append("| ")
                    .append(Format.cell(r.language()))
                    .append(" | ")
                    .append(r.n())
                    .append(" | ");
            md.append(Format.percent(r.rate()))
                    .append(" | ")
                    .append(range(r.wilson(), false))
                    .append(" | ");
            md.append(Format.percent(r.exactUpper())).append(" |\n");
        }
        md.append('\n');
    }

    private static void comparisons(StringBuilder md, ParityReport report) {
        md.append("### Each language against ")
                .append(report.settings().reference())
                .append(" on the same intents\n\n");
        md.append("| Language | Pairs | Difference (points) | ").append(Format.level(report.comparisonLevel()));
        md.append(" CI | Verdict | p | Holm p | Test | Detectable at ")
                .append(Format.level(report.power().power()))
                .append(" power |\n");
        md.append("|---|---:|---:|---|---|---:|---:|---|---:|\n");
        for (LanguageComparison c : report.comparisons()) {
            Interval d = c.paired().difference();
            md.append("| ")
                    .append(Format.cell(c.language()))
                    .append(" | ")
                    .append(c.paired().pairs());
            md.append(" | ").append(Format.points(d.estimate())).append(" | ").append(range(d, true));
            md.append(" | **")
                    .append(c.verdict())
                    .append("** | ")
                    .append(Format.p(c.paired().pValue()));
            md.append(" | ")
                    .append(Format.p(c.holmP()))
                    .append(" | ")
                    .append(d.method())
                    .append(", ");
            md.append(c.paired().test()).append(" | ");
            md.append(
                    c.minimumDetectableDifference().isPresent()
                            ? Format.points(c.minimumDetectableDifference().getAsDouble())
                            : "not reachable");
            md.append(" |\n");
        }
        md.append("\nVerdicts, in order of precedence: EQUIVALENT = the whole interval lies within ±")
                .append(Format.points(report.settings().margin()).substring(1))
                .append(" points; WORSE / BETTER = the interval excludes 0; INCONCLUSIVE = neither. ")
                .append("A difference that is not significant is INCONCLUSIVE, not equivalent. ")
                .append("The verdict comes from the interval; the Holm-adjusted p-value is shown beside it.\n\n");
    }

    private static void overall(StringBuilder md, ParityReport report) {
        md.append("### All languages together\n\n");
        report.cochranQ()
                .ifPresentOrElse(
                        q -> md.append("Cochran's Q = ")
                                .append(Format.number(q.q(), 2))
                                .append(", df = ")
                                .append(q.degreesOfFreedom())
                                .append(", p ")
                                .append(q.pValue() < 0.001 ? "" : "= ")
                                .append(Format.p(q.pValue()))
                                .append(" (")
                                .append(q.method())
                                .append(", ")
                                .append(q.blocks())
                                .append(" complete blocks).\n\n"),
                        () -> md.append("Cochran's Q: no intent was observed in every language.\n\n"));
        ParityGap g = report.gap();
        Interval iv = g.bootstrap().interval();
        md.append("Parity gap (worst ").append(Format.cell(g.worst())).append(" − best ");
        md.append(Format.cell(g.best()))
                .append("): ")
                .append(Format.points(iv.estimate()).substring(1));
        md.append(" points, ").append(Format.level(iv.level())).append(" cluster-bootstrap interval ");
        md.append(range(iv, true)).append(". The gap re-selects the worst and best language in each resample; it is ");
        md.append("biased upwards when the true rates are close, so a small gap bounds the disparity but is not ");
        md.append("evidence of one.\n\n");
    }

    private static void power(StringBuilder md, PowerSummary p) {
        md.append("### Power\n\n");
        md.append("Smallest worsening each comparison detects with ").append(Format.level(p.power()));
        md.append(" power at two-sided α = ")
                .append(Format.number(p.alphaPerComparison(), 5))
                .append(": ");
        md.append(
                p.largestMinimumDetectableDifference().isPresent()
                        ? "at most "
                                + Format.points(p.largestMinimumDetectableDifference()
                                                .getAsDouble())
                                        .substring(1) + " points"
                        : "not reachable for at least one language");
        md.append(" (").append(p.assumption()).append(").\n\n");
    }

    private static void categories(StringBuilder md, CategoryTable t) {
        md.append("### By category\n\n");
        md.append("| Language |");
        t.categories()
                .forEach(c -> md.append(' ')
                        .append(Format.cell(c.isEmpty() ? "(none)" : c))
                        .append(" |"));
        md.append("\n|---|");
        t.categories().forEach(c -> md.append("---:|"));
        md.append('\n');
        for (String language : t.languages()) {
            md.append("| ").append(Format.cell(language)).append(" |");
            for (String category : t.categories()) {
                md.append(' ')
                        .append(t.cell(language, category)
                                .map(ParityMarkdown::cell)
                                .orElse("–"))
                        .append(" |");
            }
            md.append('\n');
        }
        md.append("\nRate (n). † = differs from the reference within the category at a false discovery rate of ")
                .append(Format.level(t.falseDiscoveryRate()))
                .append(" (Benjamini–Hochberg over all cells, paired ")
                .append(t.test())
                .append("); unflagged cells are not findings.\n\n");
    }

    private static String cell(CategoryCell c) {
        return Format.percent(c.wilson().estimate()) + " (" + c.n() + ")" + (c.flagged() ? " †" : "");
    }

    private static String range(Interval iv, boolean points) {
        return points
                ? "[" + Format.points(iv.lower()) + ", " + Format.points(iv.upper()) + "]"
                : "[" + Format.percent(iv.lower()) + ", " + Format.percent(iv.upper()) + "]";
    }
}
