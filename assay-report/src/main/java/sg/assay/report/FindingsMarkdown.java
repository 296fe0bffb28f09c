package sg.assay.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sg.assay.finding.Finding;
import sg.assay.finding.FindingsSummary;
import sg.assay.finding.Severity;
import sg.assay.finding.Tag;
import sg.assay.message.Message;

/** The findings section of a Markdown report: counts, a table, and reproduction transcripts of the worst few. */
public final class FindingsMarkdown {
    static final int TRANSCRIPTS = 5;
    static final int MESSAGE_CHARS = 600;

    private FindingsMarkdown() {}

    public static String section(FindingsSummary summary) {
        StringBuilder md = new StringBuilder();
        md.append("\n## Findings (").append(summary.findings().size()).append(")\n\n");
        if (summary.isEmpty()) {
            md.append("No findings.\n");
            return md.toString();
        }
        long demo = summary.findings().stream().filter(Finding::demo).count();
        if (demo > 0) {
            md.append("> **Demo, not a measurement:** ")
                    .append(demo)
                    .append(" of these findings come from a built-in mock target, attacker or judge.\n\n");
        }
        List<String> counts = new ArrayList<>();
        for (Map.Entry<Severity, Long> e : summary.bySeverity().entrySet()) {
            counts.add(e.getKey().label() + " " + e.getValue());
        }
        md.append("By severity: ").append(String.join(" · ", counts)).append("\n\n");
        List<String> tags = new ArrayList<>();
        summary.byTag().forEach((id, n) -> tags.add("`" + id + "` ×" + n));
        md.append("By tag: ").append(String.join(", ", tags)).append("\n\n");
        md.append("| id | severity | source | language | sample | finding | tags | evidence |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        for (Finding f : summary.findings()) {
            md.append("| ")
                    .append(f.id())
                    .append(" | ")
                    .append(f.severity().label())
                    .append(" | ")
                    .append(cell(f.source().kind() + ":" + f.source().name()))
                    .append(" | ")
                    .append(f.language())
                    .append(" | ")
                    .append(cell(f.sampleId()))
                    .append(" | ")
                    .append(cell(f.title()))
                    .append(" | ")
                    .append(cell(
                            String.join(", ", f.tags().stream().map(Tag::id).toList())))
                    .append(" | ")
                    .append(cell(f.evidence()))
                    .append(" |\n");
        }
        transcripts(md, summary.findings());
        return md.toString();
    }

    private static void transcripts(StringBuilder md, List<Finding> findings) {
        int n = Math.min(TRANSCRIPTS, findings.size());
        md.append("\n### Reproduction (the ").append(n).append(" most severe)\n");
        for (Finding f : findings.subList(0, n)) {
            md.append("\n#### ").append(f.id()).append(": ").append(f.title()).append("\n\n");
            f.tags()
                    .forEach(t -> md.append("- `")
                            .append(t.id())
                            .append("` ")
                            .append(t.name())
                            .append('\n'));
            md.append("\n```text\n");
            for (Message m : f.transcript()) {
                md.append('[')
                        .append(m.role())
                        .append("] ")
                        .append(clip(m.text()))
                        .append('\n');
            }
            md.append("```\n");
        }
    }

    static String clip(String text) {
        String t = text.replace("```", "'''");
        return t.length() <= MESSAGE_CHARS
                ? t
                : t.substring(0, MESSAGE_CHARS) + " …[" + (t.length() - MESSAGE_CHARS) + " more characters]";
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
