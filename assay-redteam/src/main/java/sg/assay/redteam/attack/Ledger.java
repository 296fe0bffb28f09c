package sg.assay.redteam.attack;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import sg.assay.target.Usage;

/**
 * What an attack has spent and done: target queries against the budget, tokens of the target, attacker and judge,
 * counts of attacker refusals, judge errors, pruned and backtracked turns, and every turn in order. Thread-safe:
 * parallel streams share it.
 */
public final class Ledger {
    private final Budget budget;
    private final ReentrantLock lock = new ReentrantLock();
    private final List<Turn> turns = new ArrayList<>();
    private int queries;
    private int sent;
    private Usage target = Usage.ZERO;
    private Usage attacker = Usage.ZERO;
    private Usage judge = Usage.ZERO;
    private int attackerRefusals;
    private int judgeErrors;

    public Ledger(Budget budget) {
        this.budget = budget;
    }

    /** Takes one target query from the budget; false when the budget (queries or tokens) is spent. */
    public boolean reserve() {
        lock.lock();
        try {
            boolean tokensLeft = budget.tokens() == 0 || target.totalTokens() < budget.tokens();
            if (queries >= budget.queries() || !tokensLeft) {
                return false;
            }
            queries++;
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Gives back a reserved query that was not sent (its attacker gave no prompt). */
    public void release() {
        update(() -> queries--);
    }

    /** How many queries are left, for strategies that plan a batch. */
    public int remaining() {
        lock.lock();
        try {
            return budget.queries() - queries;
        } finally {
            lock.unlock();
        }
    }

    void spentTarget(Usage u) {
        update(() -> target = target.plus(u));
    }

    void spentAttacker(Usage u) {
        update(() -> attacker = attacker.plus(u));
    }

    void spentJudge(Usage u) {
        update(() -> judge = judge.plus(u));
    }

    void attackerRefused() {
        update(() -> attackerRefusals++);
    }

    void judgeError() {
        update(() -> judgeErrors++);
    }

    private void update(Runnable r) {
        lock.lock();
        try {
            r.run();
        } finally {
            lock.unlock();
        }
    }

    /** Records a turn, giving it the next index and what the attack has spent so far, this turn included. */
    Turn record(Turn draft) {
        lock.lock();
        try {
            if (draft.status().queried()) {
                sent++;
            }
            Turn t = new Turn(
                    turns.size(),
                    draft.stream(),
                    draft.step(),
                    draft.node(),
                    draft.parent(),
                    draft.label(),
                    draft.reasoning(),
                    draft.prompt(),
                    draft.sent(),
                    draft.response(),
                    draft.score(),
                    draft.judgeReasoning(),
                    draft.status(),
                    new Turn.Spent(sent, target, attacker, judge));
            turns.add(t);
            return t;
        } finally {
            lock.unlock();
        }
    }

    /** What was spent, as of now. */
    public Totals totals() {
        lock.lock();
        try {
            int pruned = (int) turns.stream()
                    .filter(t -> t.status() == TurnStatus.OFF_TOPIC)
                    .count();
            int backtracks = (int) turns.stream()
                    .filter(t -> t.status() == TurnStatus.BACKTRACKED)
                    .count();
            return new Totals(
                    queries, target, attacker, judge, attackerRefusals, judgeErrors, pruned, backtracks, turns.size());
        } finally {
            lock.unlock();
        }
    }

    public List<Turn> turns() {
        lock.lock();
        try {
            return List.copyOf(turns);
        } finally {
            lock.unlock();
        }
    }

    /**
     * An attack's spending.
     *
     * @param queries target queries
     * @param target the target's tokens
     * @param attacker the attacker model's tokens
     * @param judge the judge's tokens
     * @param attackerRefusals times the attacker refused its role (each retried with another framing)
     * @param judgeErrors turns the judge could not score
     * @param pruned prompts pruned as off topic before being sent
     * @param backtracks refused exchanges removed from the target's history
     * @param turns turns recorded
     */
    public record Totals(
            int queries,
            Usage target,
            Usage attacker,
            Usage judge,
            int attackerRefusals,
            int judgeErrors,
            int pruned,
            int backtracks,
            int turns) {}
}
