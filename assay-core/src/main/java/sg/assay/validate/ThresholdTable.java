package sg.assay.validate;

import java.util.Locale;
import sg.assay.classify.Confusion;

/** The Markdown of a {@link ThresholdSelection}: the split, the chosen threshold and a table of operating points. */
public final class ThresholdTable {
    private ThresholdTable() {}

    public static String markdown(ThresholdSelection t) {
        StringBuilder sb = new StringBuilder();
        sb.append(split(t)).append("\n\n");
        sb.append(String.format(
                Locale.ROOT,
                "Held out at %.4f: recall %s, specificity %s, precision %s, F1 %s; AUROC %s, average precision %s"
                        + " (95%% cluster bootstrap intervals).%n%n",
                t.threshold(),
                est(t.recall()),
                est(t.specificity()),
                est(t.precision()),
                est(t.f1()),
                est(t.auroc()),
                est(t.averagePrecision())));
        sb.append("| objective (chosen on selection) | threshold | held-out recall | specificity | precision | F1 |\n");
        sb.append("|---|---:|---:|---:|---:|---:|\n");
        for (ThresholdSelection.OperatingPoint p : t.operatingPoints()) {
            Confusion c = p.heldOut();
            sb.append(
                    Double.isNaN(p.threshold())
                            ? String.format(Locale.ROOT, "| %s | unreachable | – | – | – | – |%n", p.objective())
                            : String.format(
                                    Locale.ROOT,
                                    "| %s%s | %.4f | %s | %s | %s | %s |%n",
                                    p.objective(),
                                    p.objective().equals(t.objective()) ? " (chosen)" : "",
                                    p.threshold(),
                                    num(c.recall()),
                                    num(c.specificity()),
                                    num(c.precision()),
                                    num(c.f1())));
        }
        return sb.toString();
    }

    /** One sentence on how the threshold was chosen: objective, both parts of the split, key, seed and share. */
    public static String split(ThresholdSelection t) {
        return String.format(
                Locale.ROOT,
                "Threshold chosen by %s on the selection part (%d items, %d %ss), measured on the held-out part (%d"
                        + " items, %d %ss); split by SHA-256 of the %s with seed %d, selection share %.2f.",
                t.objective(),
                t.selection().total(),
                t.selectionClusters(),
                t.splitKey(),
                t.heldOut().total(),
                t.heldOutClusters(),
                t.splitKey(),
                t.splitKey(),
                t.split().seed(),
                t.split().selectionShare());
    }

    public static String est(Estimate e) {
        if (!e.defined()) {
            return "n/a";
        }
        return Double.isNaN(e.lower())
                ? num(e.value())
                : String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", e.value(), e.lower(), e.upper());
    }

    public static String num(double d) {
        return Double.isNaN(d) ? "–" : String.format(Locale.ROOT, "%.3f", d);
    }
}
