package sg.assay.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import sg.assay.validate.JudgeCorrection;

/**
 * The words and cells every report uses for a judge's error (Markdown, HTML and the terminal): which judge, which
 * validation and whether it is stale, who produced the validated responses, and per language the raw rate, Se, Sp and
 * the Rogan–Gladen corrected rate with its interval next to the validation's citation.
 */
public final class JudgeErrorText {
    /** The columns of {@link #cells}. */
    public static final List<String> COLUMNS =
            List.of("language", "n", "judge errors", "raw", "Se", "Sp", "corrected [95%]", "validation");

    private JudgeErrorText() {}

    /** One line naming the scorer and its judge. */
    public static String heading(JudgeErrorView j) {
        return String.format(
                Locale.ROOT,
                "%s: judge %s, rubric %s v%d (identity %s)",
                j.scorer(),
                j.judge().target(),
                j.judge().rubric(),
                j.judge().rubricVersion(),
                j.judge().digest().substring("sha256:".length(), "sha256:".length() + 12));
    }

    /** What the correction rests on, one sentence a line. */
    public static List<String> notes(JudgeErrorView j) {
        List<String> out = new ArrayList<>();
        if (j.judge().target().startsWith("mock/")) {
            out.add("the judge is a built-in mock: demo, not a measurement");
        }
        if (!j.validated()) {
            out.add("not validated: no stored validation of this judge against human labels, so every rate is the"
                    + " judge's raw rate (measure it with `assay judge validate`)");
        } else {
            out.add("corrected with validation " + j.validationRunId() + " (ground truth: " + j.groundTruth() + ")");
            if (!j.stale().isEmpty()) {
                out.add("STALE validation: the judge changed since it was validated (" + String.join("; ", j.stale())
                        + "); its sensitivity and specificity may no longer hold");
            }
            out.add("validated responses produced by " + models(j.responseModels())
                    + " (Se and Sp transfer only to similar responses)");
        }
        if (!j.judgeErrorReasons().isEmpty()) {
            out.add("judge errors by reason: " + models(j.judgeErrorReasons()));
        }
        if (j.ensembleScores() > 0) {
            out.add(String.format(
                    Locale.ROOT,
                    "ensemble members disagreed on %d of %d samples (%.1f%%); every member's verdict is kept in the"
                            + " score's ensemble.votes",
                    j.ensembleDisagreements(),
                    j.ensembleScores(),
                    100.0 * j.ensembleDisagreements() / j.ensembleScores()));
        }
        out.add("judge errors are counted apart and left out of every rate; corrected = (raw + Sp - 1) / (Se + Sp - 1)"
                + " (Rogan-Gladen) with a 95% interval that also carries the validation's uncertainty");
        return out;
    }

    /** The cells of one language, in the order of {@link #COLUMNS}. */
    public static List<String> cells(JudgeErrorView.RateView r) {
        return List.of(
                r.language(),
                Long.toString(r.n()),
                Long.toString(r.judgeErrors()),
                num(r.raw()),
                num(r.sensitivity()),
                num(r.specificity()),
                corrected(r),
                r.validation());
    }

    /** The corrected rate and interval, or why there is none. */
    public static String corrected(JudgeErrorView.RateView r) {
        if (r.undefined().equals(JudgeCorrection.NOT_VALIDATED)) {
            return "not corrected";
        }
        if (!r.undefined().isEmpty() || r.corrected() == null) {
            return "undefined: " + r.undefined();
        }
        return String.format(Locale.ROOT, "%.3f [%s, %s]", r.corrected(), num(r.lower()), num(r.upper()));
    }

    /** The Markdown section of a run report; empty when the run used no judge. */
    public static String markdown(List<JudgeErrorView> judges) {
        if (judges.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("\n## Judge error\n");
        for (JudgeErrorView j : judges) {
            md.append("\n### ").append(cell(heading(j))).append("\n\n");
            notes(j).forEach(n -> md.append("- ").append(n).append('\n'));
            md.append("\n| ").append(String.join(" | ", COLUMNS)).append(" |\n");
            md.append("|---|---:|---:|---:|---:|---:|---|---|\n");
            for (JudgeErrorView.RateView r : j.languages()) {
                md.append("| ")
                        .append(cells(r).stream().map(JudgeErrorText::cell).collect(Collectors.joining(" | ")))
                        .append(" |\n");
            }
        }
        return md.toString();
    }

    /** The HTML section of a run report; empty when the run used no judge. */
    public static String html(List<JudgeErrorView> judges) {
        if (judges.isEmpty()) {
            return "";
        }
        StringBuilder h = new StringBuilder("<section id=\"judge-error\"><h2>Judge error</h2>");
        for (JudgeErrorView j : judges) {
            h.append("<h3>").append(Html.esc(heading(j))).append("</h3><ul>");
            notes(j).forEach(n -> h.append("<li>").append(Html.esc(n)).append("</li>"));
            h.append("</ul><table><thead><tr>");
            COLUMNS.forEach(c -> h.append("<th>").append(Html.esc(c)).append("</th>"));
            h.append("</tr></thead><tbody>");
            for (JudgeErrorView.RateView r : j.languages()) {
                h.append("<tr>");
                cells(r).forEach(c -> h.append("<td>").append(Html.esc(c)).append("</td>"));
                h.append("</tr>");
            }
            h.append("</tbody></table>");
        }
        return h.append("</section>\n").toString();
    }

    /** The terminal lines of one judge, indented by two spaces. */
    public static List<String> lines(JudgeErrorView j) {
        List<String> out = new ArrayList<>();
        out.add("  " + heading(j));
        notes(j).forEach(n -> out.add("    " + n));
        String fmt = "    %-10s %6s %6s %7s %6s %6s  %-24s %s";
        List<String> head = new ArrayList<>(COLUMNS);
        head.set(2, "errors");
        out.add(String.format(Locale.ROOT, fmt, head.toArray()));
        for (JudgeErrorView.RateView r : j.languages()) {
            out.add(String.format(Locale.ROOT, fmt, cells(r).toArray()));
        }
        return out;
    }

    static String models(Map<String, Long> models) {
        if (models.isEmpty()) {
            return "(not stated)";
        }
        return models.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " (" + e.getValue() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String num(@Nullable Double d) {
        return d == null ? "n/a" : String.format(Locale.ROOT, "%.3f", d);
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
