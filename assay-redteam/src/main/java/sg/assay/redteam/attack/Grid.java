package sg.assay.redteam.attack;

import java.util.List;
import sg.assay.redteam.template.JailbreakTemplate;

/**
 * The template grid: every jailbreak template, filled with the behaviour and sent through the converters, until one
 * succeeds or the budget is spent. Across a campaign's converters and behaviours this is the template × converter ×
 * behaviour grid. No attacker model is used.
 */
public final class Grid implements Strategy {
    private final List<JailbreakTemplate> templates;

    public Grid(List<JailbreakTemplate> templates) {
        if (templates.isEmpty()) {
            throw new sg.assay.ConfigException("the grid strategy needs at least one jailbreak template");
        }
        this.templates = List.copyOf(templates);
    }

    @Override
    public String name() {
        return "grid";
    }

    @Override
    public boolean needsAttacker() {
        return false;
    }

    @Override
    public AttackResult run(AttackContext ctx) {
        int step = 0;
        for (JailbreakTemplate t : templates) {
            if (!ctx.ledger().reserve()) {
                return AttackResult.of(ctx.ledger(), ctx.judge().successThreshold(), "budget");
            }
            step++;
            Turn turn = ctx.probe(AttackContext.draft(0, step, "", "", t.id(), "", t.fill(ctx.goal())));
            if (ctx.success(turn)) {
                break;
            }
        }
        return AttackResult.of(ctx.ledger(), ctx.judge().successThreshold(), "exhausted");
    }
}
