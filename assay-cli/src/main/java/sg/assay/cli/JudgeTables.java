package sg.assay.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import sg.assay.report.JudgeErrorText;
import sg.assay.report.JudgeErrorView;
import sg.assay.validate.ConfusionMatrix;
import sg.assay.validate.Estimate;
import sg.assay.validate.JudgeCorrection;
import sg.assay.validate.ValidationReport;
import sg.assay.validate.ValidationResult;

/** The terminal tables of {@code judge validate} and {@code judge correct}. */
final class JudgeTables {
    private JudgeTables() {}

    static void validation(PrintStream out, ValidationReport r) {
        out.println("validation " + r.runId() + " of " + r.scorer());
        out.println("  judge identity " + r.identity().digest());
        out.println("  dataset " + r.dataset());
        out.println("  " + labelNote(r.groundTruth()));
        if (!r.excluded().isEmpty()) {
            out.println("  left out (reference label outside the set): " + r.excluded());
        }
        out.println("  responses produced by: " + r.overall().responseModels()
                + " (sensitivity and specificity transfer only to similar responses)");
        out.println();
        out.println("  " + labelNote(r.groundTruth()));
        out.println(String.format(
                Locale.ROOT,
                "  %-22s %6s %5s  %-22s %-22s %-22s %-22s %-22s",
                "scope",
                "n",
                "errors",
                "accuracy",
                "kappa",
                "sensitivity",
                "specificity",
                "alpha (annotators)"));
        row(out, r.overall());
        r.breakdowns().forEach(b -> row(out, b));
        ValidationResult all = r.overall();
        if (all.brier().defined()) {
            out.println(String.format(
                    Locale.ROOT,
                    "  Brier score %s on %d items with a probability",
                    est(all.brier()),
                    all.probabilityItems()));
        }
        out.println();
        out.println("  per class (" + labelNote(r.groundTruth()) + ")");
        for (ValidationResult.ClassStats c : all.classes()) {
            out.println(String.format(
                    Locale.ROOT,
                    "  %-18s support %6d  precision %s  recall %s  F1 %s",
                    c.label(),
                    c.support(),
                    est(c.precision()),
                    est(c.recall()),
                    est(c.f1())));
        }
        out.println("  macro F1 " + est(all.macroF1()));
        out.println();
        confusion(out, all.confusion(), r.groundTruth());
        r.threshold().ifPresent(t -> {
            out.println();
            out.println(sg.assay.validate.ThresholdTable.markdown(t));
        });
        r.breakdowns().stream()
                .filter(b -> b.scope().startsWith("language="))
                .forEach(b -> out.println(
                        "  cite (" + b.scope() + "): " + r.cite(b.scope().substring("language=".length()))));
    }

    static String labelNote(String groundTruth) {
        return groundTruth.equals("human")
                ? "reference labels: human"
                : "reference labels: " + groundTruth.toUpperCase(Locale.ROOT)
                        + " (not only human labels: agreement with them is not validity)";
    }

    private static void row(PrintStream out, ValidationResult r) {
        out.println(String.format(
                Locale.ROOT,
                "  %-22s %6d %5d  %-22s %-22s %-22s %-22s %-22s",
                r.scope(),
                r.n(),
                r.judgeErrors(),
                est(r.accuracy()),
                est(r.kappa()),
                est(r.sensitivity()),
                est(r.specificity()),
                est(r.annotatorAlpha())));
    }

    private static void confusion(PrintStream out, ConfusionMatrix m, String groundTruth) {
        out.println("  confusion matrix (rows: " + groundTruth + " labels, columns: scorer)");
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-18s", ""));
        m.labels().forEach(l -> head.append(String.format(Locale.ROOT, " %16s", l)));
        out.println(head);
        List<String> labels = m.labels();
        for (int i = 0; i < labels.size(); i++) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-18s", labels.get(i)));
            for (int j = 0; j < labels.size(); j++) {
                line.append(String.format(Locale.ROOT, " %16d", m.count(i, j)));
            }
            out.println(line);
        }
    }

    static String est(Estimate e) {
        return sg.assay.validate.ThresholdTable.est(e);
    }

    static void correction(PrintStream out, JudgeCorrection c) {
        out.println("run " + c.runId() + ": " + c.scorer());
        JudgeErrorText.lines(JudgeErrorView.of(c)).forEach(out::println);
    }
}
