package sg.assay.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Locale;
import sg.assay.classify.Confusion;
import sg.assay.validate.ThresholdSelection;
import sg.assay.validate.ThresholdTable;
import sg.assay.validate.ValidationReport;
import sg.assay.validate.ValidationResult;

/**
 * A judge or classifier validation as one self-contained HTML file (inline CSS and SVG, no script, no network): the
 * agreement statistics, the threshold chosen on the selection part with its held-out statistics, a table of
 * operating points, and the held-out ROC and precision-recall curves.
 */
public final class ValidationHtml {
    private ValidationHtml() {}

    public static void write(ValidationReport r, Writer out) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">"
                + "<title>Assay validation " + Html.esc(r.runId()) + "</title><style>" + Html.resource("report.css")
                + "</style></head><body>\n<header><h1>Validation <code>" + Html.esc(r.runId()) + "</code></h1>"
                + "<table class=\"facts\">");
        HtmlReport.fact(h, "scorer", r.scorer());
        HtmlReport.fact(h, "dataset", r.dataset());
        HtmlReport.fact(h, "reference labels", r.groundTruth());
        ValidationResult all = r.overall();
        HtmlReport.fact(h, "items", all.n() + " compared, " + all.judgeErrors() + " not judged");
        HtmlReport.fact(
                h,
                "agreement",
                "accuracy " + ThresholdTable.est(all.accuracy()) + ", κ " + ThresholdTable.est(all.kappa()));
        h.append("</table></header>\n");
        r.threshold()
                .ifPresentOrElse(
                        t -> h.append(threshold(t)),
                        () -> h.append("<section><h2>Threshold</h2><p>"
                                + "No threshold selection: the scorer gave no probabilities for both classes on both sides of the"
                                + " split.</p></section>\n"));
        h.append("</body></html>\n");
        try {
            out.write(h.toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String threshold(ThresholdSelection t) {
        StringBuilder s =
                new StringBuilder("<section><h2>Threshold chosen on a selection part, measured held out</h2>");
        s.append("<p>")
                .append(Html.esc(ThresholdTable.split(t)))
                .append(String.format(Locale.ROOT, " Threshold %.4f.</p>", t.threshold()));
        s.append("<table class=\"facts\">");
        HtmlReport.fact(s, "held-out recall", ThresholdTable.est(t.recall()));
        HtmlReport.fact(s, "held-out specificity", ThresholdTable.est(t.specificity()));
        HtmlReport.fact(s, "held-out precision", ThresholdTable.est(t.precision()));
        HtmlReport.fact(s, "held-out F1", ThresholdTable.est(t.f1()));
        HtmlReport.fact(s, "held-out AUROC", ThresholdTable.est(t.auroc()));
        HtmlReport.fact(s, "held-out average precision", ThresholdTable.est(t.averagePrecision()));
        s.append("</table><h3>Operating points</h3><table><thead><tr><th>objective (chosen on"
                + " selection)</th><th>threshold</th><th>recall</th><th>specificity</th><th>precision</th><th>F1</th>"
                + "</tr></thead><tbody>");
        for (ThresholdSelection.OperatingPoint p : t.operatingPoints()) {
            Confusion c = p.heldOut();
            s.append("<tr><td>").append(Html.esc(p.objective())).append("</td>");
            if (Double.isNaN(p.threshold())) {
                s.append("<td colspan=\"5\">unreachable on the selection part</td></tr>");
            } else {
                s.append(String.format(Locale.ROOT, "<td>%.4f</td>", p.threshold()));
                for (double v : new double[] {c.recall(), c.specificity(), c.precision(), c.f1()}) {
                    s.append("<td class=\"num\">").append(ThresholdTable.num(v)).append("</td>");
                }
                s.append("</tr>");
            }
        }
        s.append("</tbody></table><div class=\"charts\">");
        Confusion at = t.heldOut();
        s.append(HtmlCurves.roc(
                "ROC, held out (AUROC " + ThresholdTable.est(t.auroc()) + ")",
                t.curves(),
                new HtmlCurves.Xy(at.falsePositiveRate(), at.recall())));
        s.append(HtmlCurves.pr(
                "Precision-recall, held out (AP " + ThresholdTable.est(t.averagePrecision()) + ")",
                t.curves(),
                new HtmlCurves.Xy(at.recall(), at.precision())));
        return s.append("</div></section>\n").toString();
    }
}
