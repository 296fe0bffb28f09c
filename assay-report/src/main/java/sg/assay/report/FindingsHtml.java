package sg.assay.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sg.assay.finding.Finding;
import sg.assay.finding.FindingsSummary;
import sg.assay.finding.Severity;
import sg.assay.finding.Tag;
import sg.assay.message.Message;

/**
 * The findings section of an HTML report: counts by severity and tag, one row per finding (severity, probe or
 * strategy, OWASP LLM Top 10 and MITRE ATLAS tags, evidence) and its reproduction transcript in a collapsed
 * {@code <details>} element. Transcripts are shown for the {@value #TRANSCRIPTS} most severe findings.
 */
public final class FindingsHtml {
    static final int TRANSCRIPTS = 200;
    static final int MESSAGE_CHARS = 4000;

    private FindingsHtml() {}

    public static String section(FindingsSummary summary) {
        StringBuilder h = new StringBuilder("<section id=\"findings\"><h2>Findings (")
                .append(summary.findings().size())
                .append(")</h2>");
        if (summary.isEmpty()) {
            return h.append("<p>No findings.</p></section>\n").toString();
        }
        long demo = summary.findings().stream().filter(Finding::demo).count();
        if (demo > 0) {
            h.append("<p class=\"banner demo\"><strong>Demo, not a measurement:</strong> ")
                    .append(demo)
                    .append(" of these findings come from a built-in mock target, attacker or judge.</p>");
        }
        List<String> counts = new ArrayList<>();
        for (Map.Entry<Severity, Long> e : summary.bySeverity().entrySet()) {
            counts.add(e.getKey().label() + " " + e.getValue());
        }
        h.append("<p class=\"by-severity\">By severity: ")
                .append(Html.esc(String.join(" · ", counts)))
                .append("</p>");
        h.append("<table class=\"findings\"><thead><tr><th>id</th><th>severity</th><th>source</th><th>language</th>"
                + "<th>sample</th><th>finding</th><th>tags</th><th>evidence</th></tr></thead><tbody>");
        int shown = 0;
        for (Finding f : summary.findings()) {
            row(h, f, shown++ < TRANSCRIPTS);
        }
        h.append("</tbody></table>");
        if (summary.findings().size() > TRANSCRIPTS) {
            h.append("<p>Transcripts are shown for the ")
                    .append(TRANSCRIPTS)
                    .append(" most severe findings; every one is in <code>assay findings export</code>.</p>");
        }
        return h.append("</section>\n").toString();
    }

    private static void row(StringBuilder h, Finding f, boolean transcript) {
        h.append("<tr class=\"finding\" id=\"")
                .append(Html.esc(f.id()))
                .append("\" data-severity=\"")
                .append(f.severity().label())
                .append("\"><td>")
                .append(Html.esc(f.id()))
                .append("</td><td class=\"severity\">")
                .append(f.severity().label())
                .append("</td><td class=\"source\">")
                .append(Html.esc(f.source().kind() + ":" + f.source().name()))
                .append("</td><td>")
                .append(Html.esc(f.language()))
                .append("</td><td>")
                .append(Html.esc(f.sampleId()))
                .append("</td><td>")
                .append(Html.esc(f.title()))
                .append("</td><td class=\"tags\">");
        for (Tag t : f.tags()) {
            h.append("<span class=\"tag\" data-framework=\"")
                    .append(Html.esc(t.framework()))
                    .append("\" title=\"")
                    .append(Html.esc(t.name()))
                    .append("\">")
                    .append(Html.esc(t.id()))
                    .append("</span> ");
        }
        h.append("</td><td>").append(Html.esc(f.evidence()));
        if (transcript) {
            h.append("<details class=\"transcript\"><summary>Reproduction transcript (")
                    .append(f.transcript().size())
                    .append(" messages)</summary>");
            for (Message m : f.transcript()) {
                h.append("<div class=\"message\"><b>")
                        .append(Html.esc(m.role()))
                        .append("</b><pre>")
                        .append(Html.esc(clip(m.text())))
                        .append("</pre></div>");
            }
            h.append("</details>");
        }
        h.append("</td></tr>");
    }

    private static String clip(String s) {
        return s.length() <= MESSAGE_CHARS ? s : s.substring(0, MESSAGE_CHARS) + " …";
    }
}
