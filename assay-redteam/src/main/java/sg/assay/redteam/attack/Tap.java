package sg.assay.redteam.attack;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import sg.assay.redteam.judge.OnTopic;
import sg.assay.redteam.model.PromptText;

/**
 * TAP, Tree of Attacks with Pruning (Mehrotra et al. 2023). At each depth every leaf's attacker proposes
 * {@code branching} refinements; candidates the on-topic check rejects are pruned <b>before</b> anything is sent to
 * the target (phase 1); the rest are sent and scored, and only the {@code width} best-scoring leaves are kept for the
 * next depth (phase 2). Stops at the first depth with a success, when the budget runs out, or at {@code depth}.
 *
 * <p>When every child at a depth is pruned, the same leaves branch again at the next depth (as the reference
 * implementation keeps the tree alive). An attack that never sent anything to the target, because every prompt the
 * attacker wrote was off topic, is an attacker failure: it never counts as the target resisting.
 */
public final class Tap implements Strategy {
    private final int width;
    private final int branching;
    private final int depth;
    private final PromptText start = PromptText.load("pair-start");
    private final PromptText feedback = PromptText.load("pair-feedback");

    public Tap(int width, int branching, int depth) {
        if (width < 1 || branching < 1 || depth < 1) {
            throw new sg.assay.ConfigException("tap needs width, branching and depth of at least 1");
        }
        this.width = width;
        this.branching = branching;
        this.depth = depth;
    }

    @Override
    public String name() {
        return "tap";
    }

    /** A leaf of the tree: its attacker conversation and the feedback it gets next. */
    private record Leaf(String id, AttackerSession session, String next) {}

    /** A proposed child: its parent, its own session, and the attacker's reply (null when the attacker gave none). */
    private record Candidate(
            String id,
            Leaf parent,
            AttackerSession session,
            @Nullable AttackerReply reply) {}

    @Override
    public AttackResult run(AttackContext ctx) {
        int threshold = ctx.judge().successThreshold();
        Map<String, String> vars = Map.of("goal", ctx.goal(), "language", ctx.language());
        List<Leaf> frontier = List.of(
                new Leaf("root", ctx.attacker().session("pair", vars, ctx.seed(), ctx.ledger()), start.fill(vars)));
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int d = 1; d <= depth; d++) {
                List<Candidate> proposed = branch(pool, frontier, d, ctx.seed());
                List<Candidate> usable =
                        proposed.stream().filter(c -> c.reply() != null).toList();
                if (usable.isEmpty()) {
                    return Pair.ended(ctx, threshold);
                }
                List<Candidate> onTopic = prune(ctx, pool, usable, d);
                if (onTopic.isEmpty()) {
                    continue; // every child was off topic: the same leaves branch again at the next depth
                }
                List<Scored> scored = query(ctx, pool, onTopic, d);
                if (scored.stream().anyMatch(s -> ctx.success(s.turn()))) {
                    return AttackResult.of(ctx.ledger(), threshold, "success");
                }
                if (scored.size() < onTopic.size()) {
                    return AttackResult.of(ctx.ledger(), threshold, "budget");
                }
                frontier = keep(scored, ctx.goal());
                if (frontier.isEmpty()) {
                    break;
                }
            }
        }
        if (ctx.ledger().totals().queries() == 0) {
            throw new AttackerRefusedException(
                    "the attacker gave no on-topic prompt at any depth, so the target was never queried",
                    ctx.ledger().totals().attackerRefusals() > 0);
        }
        return AttackResult.of(ctx.ledger(), threshold, "exhausted");
    }

    private List<Candidate> branch(ExecutorService pool, List<Leaf> frontier, int d, long seed) {
        List<Future<Candidate>> futures = new ArrayList<>();
        int k = 0;
        for (Leaf leaf : frontier) {
            for (int b = 1; b <= branching; b++) {
                k++;
                String id = "d" + d + "." + k;
                AttackerSession child = leaf.session().fork(seed * 31 + d * 1000L + k);
                futures.add(pool.submit(() -> {
                    try {
                        return new Candidate(id, leaf, child, child.reply(leaf.next()));
                    } catch (AttackerRefusedException e) {
                        return new Candidate(id, leaf, child, null);
                    }
                }));
            }
        }
        return futures.stream().map(Pair::join).toList();
    }

    /** Phase 1: asks the on-topic check about every candidate and records the pruned ones; no target query. */
    private static List<Candidate> prune(AttackContext ctx, ExecutorService pool, List<Candidate> cands, int d) {
        List<Future<OnTopic>> checks = new ArrayList<>();
        for (Candidate c : cands) {
            checks.add(pool.submit(() -> ctx.onTopic().check(ctx.goal(), prompt(c))));
        }
        List<Candidate> kept = new ArrayList<>();
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            OnTopic verdict = Pair.join(checks.get(i));
            ctx.ledger().spentJudge(verdict.usage());
            if (verdict.onTopic()) {
                kept.add(c);
            } else {
                ctx.record(new Turn(
                        -1,
                        0,
                        d,
                        c.id(),
                        c.parent().id(),
                        "",
                        reasoning(c),
                        prompt(c),
                        "",
                        "",
                        0,
                        "pruned off topic: " + verdict.reasoning(),
                        TurnStatus.OFF_TOPIC,
                        Turn.Spent.NONE));
            }
        }
        return kept;
    }

    private record Scored(Candidate candidate, Turn turn) {}

    /** Sends the on-topic candidates (as far as the budget goes), judges and records them in order. */
    private static List<Scored> query(AttackContext ctx, ExecutorService pool, List<Candidate> cands, int d) {
        List<Candidate> batch = new ArrayList<>();
        for (Candidate c : cands) {
            if (!ctx.ledger().reserve()) {
                break;
            }
            batch.add(c);
        }
        List<Future<Turn>> played = new ArrayList<>();
        for (Candidate c : batch) {
            Turn draft = AttackContext.draft(0, d, c.id(), c.parent().id(), "", reasoning(c), prompt(c));
            played.add(pool.submit(() -> ctx.play(draft)));
        }
        // all are played before any is recorded, so each turn records the whole batch's spending
        List<Turn> turns = played.stream().map(Pair::join).toList();
        List<Scored> out = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            out.add(new Scored(batch.get(i), ctx.record(turns.get(i))));
        }
        return out;
    }

    /** Phase 2: the {@code width} best-scoring leaves (earlier ones first among equals) with their feedback. */
    private List<Leaf> keep(List<Scored> scored, String goal) {
        return scored.stream()
                .sorted(Comparator.comparingInt((Scored s) -> s.turn().score()).reversed())
                .limit(width)
                .map(s -> new Leaf(
                        s.candidate().id(),
                        s.candidate().session(),
                        feedback.fill(Map.of(
                                "response",
                                s.turn().response(),
                                "goal",
                                goal,
                                "score",
                                s.turn().status() == TurnStatus.SCORED
                                        ? Integer.toString(s.turn().score())
                                        : "unscored"))))
                .toList();
    }

    private static String prompt(Candidate c) {
        AttackerReply r = c.reply();
        return r == null ? "" : r.prompt();
    }

    private static String reasoning(Candidate c) {
        AttackerReply r = c.reply();
        return r == null ? "" : r.improvement();
    }
}
