package sg.assay.redteam.campaign;

import java.util.List;
import java.util.Locale;
import sg.assay.message.Message;
import sg.assay.redteam.campaign.CampaignView.BestAttack;
import sg.assay.redteam.campaign.CampaignView.Curve;
import sg.assay.redteam.campaign.CampaignView.Point;
import sg.assay.redteam.campaign.CampaignView.Rate;

/** The Markdown report of a campaign. Mock-driven campaigns are stamped as demos at the top and in every section. */
public final class CampaignMarkdown {
    private static final int EXCERPT = 300;

    private CampaignMarkdown() {}

    public static String render(CampaignView v) {
        StringBuilder sb = new StringBuilder();
        String stamp = v.demo() ? " (" + CampaignView.DEMO + ")" : "";
        sb.append("# Red-team campaign ").append(v.campaign()).append(stamp).append("\n\n");
        if (v.demo()) {
            String why = String.join("; ", CampaignAnalysis.demoReasons(v.target(), v.attacker(), v.judge()));
            sb.append("> **Demo, not a measurement.** ")
                    .append(why.isEmpty() ? why : Character.toUpperCase(why.charAt(0)) + why.substring(1))
                    .append(": these numbers show how Assay reports a campaign; they measure no model.\n\n");
        }
        sb.append("- target: `").append(v.target()).append("`\n");
        sb.append("- attacker: `")
                .append(v.attacker().isEmpty() ? "(none)" : v.attacker())
                .append("`\n");
        sb.append("- judge: `").append(v.judge()).append("`\n");
        sb.append(String.format(
                Locale.ROOT,
                "- %d runs, %d attacks: %d measured, %d attacker failures (not counted as resistance), %d other"
                        + " failures; %d turns the judge could not score\n",
                v.runs(),
                v.attacks(),
                v.measured(),
                v.attackerFailures(),
                v.otherFailures(),
                v.judgeErrors()));
        sb.append("- ").append(v.correction()).append("\n\n");
        sb.append("## Attack success rate").append(stamp).append("\n\n");
        sb.append("Intervals are 95% Wilson intervals, at the design-effect sample size where a behaviour is attacked")
                .append(" more than once (clustered by behaviour).\n\n");
        sb.append("| dimension | value | attacks | behaviours | successes | ASR | 95% interval | method |"
                + " judge validation |\n");
        sb.append("|---|---|---:|---:|---:|---:|---|---|---|\n");
        row(sb, v.overall());
        v.rates().forEach(r -> row(sb, r));
        sb.append("\n## Success against query budget (Kaplan-Meier)")
                .append(stamp)
                .append("\n\n");
        sb.append("Attacks that ended without success are censored at the queries they spent.\n\n");
        for (Curve c : v.curves()) {
            curve(sb, c);
        }
        sb.append("## Behaviours").append(stamp).append("\n\n");
        sb.append("| behaviour | category | attacks | successes | succeeded with |\n|---|---|---:|---:|---|\n");
        v.behaviours()
                .forEach(b -> sb.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %d | %d | %s |\n",
                        cell(b.behaviour()),
                        cell(b.category()),
                        b.attacks(),
                        b.successes(),
                        b.strategies().isEmpty() ? "none" : String.join(", ", b.strategies()))));
        long broken = v.behaviours().stream()
                .filter(CampaignView.BehaviourRow::anySuccess)
                .count();
        sb.append(String.format(
                Locale.ROOT,
                "\n%d of %d behaviours were achieved by at least one attack.\n\n",
                broken,
                v.behaviours().size()));
        CampaignCostMarkdown.section(sb, v.cost(), stamp);
        sb.append("## Best successful attack per behaviour").append(stamp).append("\n\n");
        if (v.best().isEmpty()) {
            sb.append("No attack succeeded.\n");
        }
        v.best().forEach(b -> best(sb, b));
        return sb.toString();
    }

    private static void row(StringBuilder sb, Rate r) {
        sb.append(String.format(
                Locale.ROOT,
                "| %s | %s | %d | %d | %d | %.3f | [%.3f, %.3f]%s | %s | %s |\n",
                r.dimension(),
                cell(r.value()),
                r.attacks(),
                r.behaviours(),
                r.successes(),
                r.estimate(),
                r.lower(),
                r.upper(),
                r.corrected()
                        ? String.format(
                                Locale.ROOT,
                                "; corrected %.3f [%.3f, %.3f]",
                                r.correctedEstimate(),
                                r.correctedLower(),
                                r.correctedUpper())
                        : "",
                r.method(),
                cell(r.validation())));
    }

    private static void curve(StringBuilder sb, Curve c) {
        sb.append(String.format(
                Locale.ROOT, "**%s**: %d attacks, %d successes\n\n", c.strategy(), c.attacks(), c.successes()));
        if (c.points().isEmpty()) {
            sb.append("No success at any budget.\n\n");
            return;
        }
        sb.append("| queries | at risk | successes | P(success by then) | 95% interval |\n|---:|---:|---:|---:|---|\n");
        for (Point p : c.points()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "| %d | %d | %d | %.3f | [%.3f, %.3f] |\n",
                    p.queries(),
                    p.atRisk(),
                    p.events(),
                    p.success(),
                    p.lower(),
                    p.upper()));
        }
        sb.append('\n');
    }

    private static void best(StringBuilder sb, BestAttack b) {
        sb.append("### ")
                .append(b.behaviour())
                .append(b.category().isEmpty() ? "" : " (" + b.category() + ")")
                .append("\n\n");
        sb.append(String.format(
                Locale.ROOT,
                "%s, converter `%s`, language %s: success after %d queries (score %d), run %s\n\n",
                b.strategy(),
                b.converter(),
                b.language(),
                b.queries(),
                b.score(),
                b.run()));
        List<Message> t = b.transcript();
        int from = Math.max(0, t.size() - 2);
        for (Message m : t.subList(from, t.size())) {
            sb.append("> **")
                    .append(m.role())
                    .append("**: ")
                    .append(excerpt(m.text()))
                    .append("\n>\n");
        }
        sb.append("\n(last exchange; ")
                .append(t.size() / 2)
                .append(" exchanges in the full transcript,")
                .append(" exported with `assay redteam export`)\n\n");
    }

    private static String excerpt(String text) {
        String one = text.replace('\n', ' ').strip();
        return one.length() <= EXCERPT ? one : one.substring(0, EXCERPT) + " …";
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
