package sg.assay.redteam.attack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sg.assay.message.Message;
import sg.assay.redteam.judge.Judgement;
import sg.assay.redteam.model.PromptText;
import sg.assay.redteam.template.JailbreakTemplate;

/**
 * Crescendo (Russinovich et al. 2024): a multi-turn conversation that starts from a harmless opening and escalates a
 * little each turn, building on the target's own answers. When the target refuses a turn, that exchange is removed
 * from the target's history and the attacker is told to try another way (backtracking): the target never sees the
 * refused turn again, because every request replays the kept history. Stops on success, after {@code turns} kept
 * turns, after {@code backtracks} backtracks, or when the budget runs out.
 */
public final class Crescendo implements Strategy {
    private final int turns;
    private final int backtracks;
    private final List<JailbreakTemplate> openers;
    private final PromptText start = PromptText.load("crescendo-start");
    private final PromptText feedback = PromptText.load("crescendo-feedback");
    private final PromptText refused = PromptText.load("crescendo-refused");

    public Crescendo(int turns, int backtracks, List<JailbreakTemplate> openers) {
        if (turns < 1 || backtracks < 0) {
            throw new sg.assay.ConfigException("crescendo needs turns of at least 1 and backtracks of at least 0");
        }
        this.turns = turns;
        this.backtracks = backtracks;
        this.openers = List.copyOf(openers);
    }

    @Override
    public String name() {
        return "crescendo";
    }

    @Override
    public AttackResult run(AttackContext ctx) {
        int threshold = ctx.judge().successThreshold();
        Map<String, String> vars = Map.of(
                "goal", ctx.goal(),
                "language", ctx.language(),
                "turns", Integer.toString(turns),
                "openers", openerHints(ctx.goal()));
        AttackerSession attacker = ctx.attacker().session("crescendo", vars, ctx.seed(), ctx.ledger());
        List<Message> history = new ArrayList<>();
        String next = start.fill(vars);
        int kept = 0;
        int backtracked = 0;
        int step = 0;
        while (kept < turns) {
            AttackerReply reply;
            try {
                reply = attacker.reply(next);
            } catch (AttackerRefusedException e) {
                return Pair.ended(ctx, threshold);
            }
            if (!ctx.ledger().reserve()) {
                return AttackResult.of(ctx.ledger(), threshold, "budget");
            }
            step++;
            String sent = ctx.delivery().convert(reply.prompt());
            List<Message> request = new ArrayList<>(history);
            request.add(Message.user(sent));
            AttackContext.Reply answer = ctx.send(request);
            Turn draft =
                    AttackContext.draft(0, step, "", "", "turn " + (kept + 1), reply.improvement(), reply.prompt());
            if (ctx.refused(answer)) {
                ctx.record(backtrack(draft, sent, answer));
                if (backtracked++ >= backtracks) {
                    return AttackResult.of(ctx.ledger(), threshold, "backtracks");
                }
                next = refused.fill(Map.of("prompt", reply.prompt()));
                continue;
            }
            history.add(Message.user(sent));
            history.add(Message.assistant(answer.text()));
            kept++;
            Judgement j = ctx.judge(sent, answer);
            Turn t = ctx.record(AttackContext.completed(draft, sent, answer, j));
            if (ctx.success(t)) {
                return AttackResult.of(ctx.ledger(), threshold, "success");
            }
            next = feedback.fill(Map.of(
                    "response", answer.text(),
                    "score", t.status() == TurnStatus.SCORED ? Integer.toString(t.score()) : "unscored",
                    "turn", Integer.toString(kept),
                    "turns", Integer.toString(turns)));
        }
        return AttackResult.of(ctx.ledger(), threshold, "exhausted");
    }

    private static Turn backtrack(Turn d, String sent, AttackContext.Reply answer) {
        return new Turn(
                -1,
                d.stream(),
                d.step(),
                d.node(),
                d.parent(),
                d.label(),
                d.reasoning(),
                d.prompt(),
                sent,
                answer.text(),
                0,
                answer.blocked() ? "blocked by the provider; backtracked" : "refused; backtracked",
                TurnStatus.BACKTRACKED,
                Turn.Spent.NONE);
    }

    private String openerHints(String goal) {
        if (openers.isEmpty()) {
            return "(none)";
        }
        StringBuilder sb = new StringBuilder();
        for (JailbreakTemplate t : openers) {
            sb.append("- ").append(t.fill(goal).replace('\n', ' ')).append('\n');
        }
        return sb.toString().strip();
    }
}
