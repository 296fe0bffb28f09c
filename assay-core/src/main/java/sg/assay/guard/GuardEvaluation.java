package sg.assay.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import sg.assay.classify.Confusion;
import sg.assay.classify.Curves;
import sg.assay.classify.Scored;
import sg.assay.stats.Interval;
import sg.assay.stats.Proportions;

/**
 * The guard measured on labelled examples, per set and language: counts, recall (harmful prompts flagged), the
 * false-positive rate (benign prompts flagged), precision, F1, accuracy, Cohen's kappa and AUROC, with 95% Wilson
 * intervals on recall and the false-positive rate. Rows are only as good as their n: small cells are wide.
 */
public record GuardEvaluation(List<Row> rows) {
    public GuardEvaluation {
        rows = List.copyOf(rows);
    }

    /**
     * One cell of the evaluation.
     *
     * @param set the data set (or {@code all})
     * @param language the language tag (or {@code all})
     */
    public record Row(
            String set,
            String language,
            Confusion confusion,
            double auroc,
            Interval recall,
            Interval falsePositiveRate) {}

    /** Measures the model on examples, one row per (set, language), then one per set over all its languages. */
    public static GuardEvaluation of(GuardModel model, List<GuardExample> examples) {
        Map<String, List<Scored>> cells = new TreeMap<>();
        Map<String, Confusion> counts = new TreeMap<>();
        for (GuardExample e : examples) {
            GuardVerdict v = model.classify(e.text());
            for (String key : List.of(e.source() + "\t" + e.language(), e.source() + "\tall")) {
                cells.computeIfAbsent(key, k -> new ArrayList<>()).add(new Scored(v.score(), e.harmful()));
                counts.merge(key, Confusion.EMPTY.add(v.flagged(), e.harmful()), Confusion::plus);
            }
        }
        List<Row> rows = new ArrayList<>();
        cells.forEach((key, scored) -> {
            String[] parts = key.split("\t");
            Confusion c = counts.getOrDefault(key, Confusion.EMPTY);
            rows.add(new Row(
                    parts[0],
                    parts[1],
                    c,
                    Curves.of(scored).auroc(),
                    Proportions.wilson(c.truePositives(), c.positives(), 0.95),
                    Proportions.wilson(c.falsePositives(), c.negatives(), 0.95)));
        });
        return new GuardEvaluation(rows);
    }

    /** A Markdown table of the rows. */
    public String markdown() {
        StringBuilder sb = new StringBuilder();
        sb.append("| set | language | harmful | benign | recall [95% CI] | false-positive rate [95% CI] |"
                + " precision | F1 | accuracy | κ | AUROC |\n");
        sb.append("|---|---|---:|---:|---|---|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            Confusion c = r.confusion();
            sb.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %d | %d | %s | %s | %s | %s | %s | %s | %s |%n",
                    r.set(),
                    r.language(),
                    c.positives(),
                    c.negatives(),
                    interval(r.recall()),
                    interval(r.falsePositiveRate()),
                    both(c, c.precision()),
                    both(c, c.f1()),
                    both(c, c.accuracy()),
                    both(c, c.kappa()),
                    num(r.auroc())));
        }
        return sb.toString();
    }

    private static String interval(Interval i) {
        return Double.isNaN(i.estimate())
                ? "–"
                : String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", i.estimate(), i.lower(), i.upper());
    }

    /** A measure that only means something when both classes are present; "–" otherwise. */
    private static String both(Confusion c, double d) {
        return c.positives() == 0 || c.negatives() == 0 ? "–" : num(d);
    }

    private static String num(double d) {
        return Double.isNaN(d) ? "–" : String.format(Locale.ROOT, "%.2f", d);
    }
}
