package sg.assay.redteam.campaign;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The cost section of a campaign's Markdown report: tokens and cost by role, the total and per successful attack. */
final class CampaignCostMarkdown {
    private CampaignCostMarkdown() {}

    /** The section without a demo stamp. */
    static String section(CampaignCost c) {
        StringBuilder sb = new StringBuilder();
        section(sb, c, "");
        return sb.toString();
    }

    static void section(StringBuilder sb, CampaignCost c, String stamp) {
        sb.append("## Cost").append(stamp).append("\n\n");
        sb.append(String.format(
                Locale.ROOT,
                "Tokens × price per million, input and output apart, over all %d attacks (failed ones included);"
                        + " prices: %s.\n\n",
                c.attacks(),
                c.prices()));
        sb.append("| role | model | input tokens | output tokens | cost | priced as |\n|---|---|---:|---:|---:|---|\n");
        for (AttackCost.Role r : c.total().roles()) {
            sb.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %d | %d | %s | %s |\n",
                    r.role(),
                    r.model().isEmpty() ? "(none)" : "`" + r.model() + "`",
                    r.inputTokens(),
                    r.outputTokens(),
                    money(r.cost(), r.currency()),
                    r.pricedAs().replace("|", "\\|")));
        }
        sb.append(String.format(
                Locale.ROOT,
                "\nTotal: %s; per successful attack (%d successes): %s.\n\n",
                money(c.total().total(), c.total().currency()),
                c.successes(),
                c.perSuccess() == null
                        ? c.successes() == 0 ? "no success" : "not computed (some role has no price)"
                        : money(c.perSuccess(), c.total().currency())));
    }

    static String money(@Nullable Double amount, String currency) {
        if (amount == null) {
            return "no price";
        }
        return String.format(Locale.ROOT, "%.6f%s", amount, currency.isEmpty() ? "" : " " + currency);
    }
}
