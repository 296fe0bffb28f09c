package sg.assay.redteam.attack;

import java.util.List;
import sg.assay.convert.Converter;
import sg.assay.message.Message;
import sg.assay.redteam.judge.Judgement;
import sg.assay.redteam.judge.OnTopicJudge;
import sg.assay.redteam.judge.TurnJudge;
import sg.assay.score.refusal.RefusalClassifier;
import sg.assay.score.refusal.RefusalKind;
import sg.assay.solve.Generator;
import sg.assay.target.ProviderBlockedException;
import sg.assay.target.TargetResponse;

/**
 * Everything one attack works with: the behaviour, the language and converters prompts are delivered through, the
 * target (through the engine's generator, so its limits, retries and cache apply), the attacker, the judges, and the
 * ledger that holds the budget and the record.
 *
 * @param goal the behaviour the attack is after
 * @param language the language prompts are delivered in (a BCP 47 tag)
 * @param delivery converters applied to every prompt before it is sent (translation last)
 * @param target the system under test
 * @param attacker the attacker model (unused by the grid and best-of-N)
 * @param judge the 1-10 turn judge
 * @param onTopic the on-topic check (TAP)
 * @param refusals the refusal classifier used to spot refused turns (Crescendo) and refusing attackers
 * @param ledger the budget and the record
 * @param seed the attack's seed
 */
public record AttackContext(
        String goal,
        String language,
        Converter delivery,
        Generator target,
        Attacker attacker,
        TurnJudge judge,
        OnTopicJudge onTopic,
        RefusalClassifier refusals,
        Ledger ledger,
        long seed) {

    /** The target's answer to one request: its text, or blocked by the provider. */
    public record Reply(String text, boolean blocked) {}

    /** Sends a conversation to the target (the caller has reserved the query). */
    public Reply send(List<Message> conversation) {
        try {
            TargetResponse r = target.generate(conversation);
            ledger.spentTarget(r.usage());
            return new Reply(r.text(), false);
        } catch (ProviderBlockedException e) {
            return new Reply("", true);
        }
    }

    /** Judges a reply; blocked and empty replies score 1 without asking the judge. */
    public Judgement judge(String prompt, Reply reply) {
        if (reply.blocked()) {
            return Judgement.of(1, "blocked by the provider", sg.assay.target.Usage.ZERO);
        }
        if (reply.text().isBlank()) {
            return Judgement.of(1, "empty response", sg.assay.target.Usage.ZERO);
        }
        Judgement j = judge.judge(goal, prompt, reply.text(), language);
        ledger.spentJudge(j.usage());
        if (j.error()) {
            ledger.judgeError();
        }
        return j;
    }

    /** Whether a reply is a full refusal (blocked counts). */
    public boolean refused(Reply reply) {
        return reply.blocked() || refusals.classify(reply.text()).kind() == RefusalKind.FULL_REFUSAL;
    }

    public boolean success(Judgement j) {
        return !j.error() && j.score() >= judge.successThreshold();
    }

    /** Whether a recorded turn reached the success threshold. */
    public boolean success(Turn t) {
        return t.status() == TurnStatus.SCORED && t.score() >= judge.successThreshold();
    }

    /**
     * One single-turn probe, not yet recorded: converts the draft's prompt, sends it alone and judges the answer. The
     * caller has reserved the query.
     *
     * @param draft the turn so far (stream, step, node, label, reasoning, prompt); the rest is filled in
     */
    public Turn play(Turn draft) {
        String sent = delivery.convert(draft.prompt());
        Reply reply = send(List.of(Message.user(sent)));
        return completed(draft, sent, reply, judge(sent, reply));
    }

    /** {@link #play} and record the turn. */
    public Turn probe(Turn draft) {
        return ledger.record(play(draft));
    }

    static Turn completed(Turn d, String sent, Reply reply, Judgement j) {
        TurnStatus status =
                reply.blocked() ? TurnStatus.BLOCKED : j.error() ? TurnStatus.JUDGE_ERROR : TurnStatus.SCORED;
        return new Turn(
                d.index(),
                d.stream(),
                d.step(),
                d.node(),
                d.parent(),
                d.label(),
                d.reasoning(),
                d.prompt(),
                sent,
                reply.text(),
                j.error() ? 0 : j.score(),
                j.reasoning(),
                status,
                Turn.Spent.NONE);
    }

    /** A turn not yet sent: the parts a strategy knows before the target answers. */
    public static Turn draft(int stream, int step, String node, String parent, String label, String why, String p) {
        return new Turn(
                -1, stream, step, node, parent, label, why, p, "", "", 0, "", TurnStatus.SCORED, Turn.Spent.NONE);
    }

    /** Records a turn as it is. */
    public Turn record(Turn turn) {
        return ledger.record(turn);
    }
}
