package sg.assay.redteam.attack;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jspecify.annotations.Nullable;
import sg.assay.AssayException;
import sg.assay.redteam.model.PromptText;

/**
 * PAIR, Prompt Automatic Iterative Refinement (Chao et al. 2023): {@code streams} independent attacker conversations
 * run in parallel for up to {@code iterations} rounds. Each round every live stream's attacker answers JSON
 * {@code {improvement, prompt}}, the prompt goes to the target alone, the judge scores the answer 1-10, and the
 * response, objective and score go back to that stream's attacker. The attack stops after the first round in which a
 * stream reaches the judge's success threshold, or when the budget runs out.
 *
 * <p>Rounds are synchronous: all streams finish a round before any starts the next, and turns are recorded in
 * stream order, so a run is deterministic whatever the thread timing.
 */
public final class Pair implements Strategy {
    private final int streams;
    private final int iterations;
    private final PromptText start = PromptText.load("pair-start");
    private final PromptText feedback = PromptText.load("pair-feedback");

    public Pair(int streams, int iterations) {
        if (streams < 1 || iterations < 1) {
            throw new sg.assay.ConfigException("pair needs streams and iterations of at least 1");
        }
        this.streams = streams;
        this.iterations = iterations;
    }

    @Override
    public String name() {
        return "pair";
    }

    /** One stream's attacker conversation and the message it gets next; dead once its attacker gave up. */
    private static final class Stream {
        final int id;
        final AttackerSession session;
        String next;
        boolean dead;

        Stream(int id, AttackerSession session, String next) {
            this.id = id;
            this.session = session;
            this.next = next;
        }
    }

    @Override
    public AttackResult run(AttackContext ctx) {
        int threshold = ctx.judge().successThreshold();
        Map<String, String> vars = Map.of("goal", ctx.goal(), "language", ctx.language());
        List<Stream> all = new ArrayList<>();
        for (int i = 1; i <= streams; i++) {
            all.add(new Stream(
                    i, ctx.attacker().session("pair", vars, ctx.seed() + i, ctx.ledger()), start.fill(vars)));
        }
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int round = 1; round <= iterations; round++) {
                List<Stream> live = all.stream().filter(s -> !s.dead).toList();
                if (live.isEmpty()) {
                    return ended(ctx, threshold);
                }
                List<Stream> batch = reserve(ctx, live);
                if (batch.isEmpty()) {
                    return AttackResult.of(ctx.ledger(), threshold, "budget");
                }
                boolean success = round(ctx, pool, batch, round);
                if (success) {
                    return AttackResult.of(ctx.ledger(), threshold, "success");
                }
                if (batch.size() < live.size()) {
                    return AttackResult.of(ctx.ledger(), threshold, "budget");
                }
            }
        }
        return AttackResult.of(ctx.ledger(), threshold, "exhausted");
    }

    /** The streams that get a query this round, in stream order, as far as the budget goes. */
    private static List<Stream> reserve(AttackContext ctx, List<Stream> live) {
        List<Stream> batch = new ArrayList<>();
        for (Stream s : live) {
            if (!ctx.ledger().reserve()) {
                break;
            }
            batch.add(s);
        }
        return batch;
    }

    /** What one stream did in a round: its finished (unrecorded) turn, or the attacker's failure. */
    private record Outcome(
            Stream stream, @Nullable Turn turn, @Nullable AttackerRefusedException failure) {}

    private boolean round(AttackContext ctx, ExecutorService pool, List<Stream> batch, int round) {
        List<Future<Outcome>> futures = new ArrayList<>();
        for (Stream s : batch) {
            futures.add(pool.submit(() -> play(ctx, s, round)));
        }
        // the whole round is played before its turns are recorded, so each records the round's full spending
        List<Outcome> outcomes = futures.stream().map(Pair::join).toList();
        boolean success = false;
        for (Outcome o : outcomes) {
            Turn played = o.turn();
            if (played == null) {
                o.stream().dead = true;
                ctx.ledger().release();
                continue;
            }
            Turn t = ctx.record(played);
            success |= ctx.success(t);
            o.stream().next = feedback.fill(Map.of(
                    "response", t.response(),
                    "goal", ctx.goal(),
                    "score", t.status() == TurnStatus.SCORED ? Integer.toString(t.score()) : "unscored"));
        }
        return success;
    }

    private static Outcome play(AttackContext ctx, Stream s, int round) {
        AttackerReply reply;
        try {
            reply = s.session.reply(s.next);
        } catch (AttackerRefusedException e) {
            return new Outcome(s, null, e);
        }
        Turn draft = AttackContext.draft(s.id, round, "", "", "", reply.improvement(), reply.prompt());
        return new Outcome(s, ctx.play(draft), null);
    }

    static <T> T join(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssayException("attack interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new AssayException("attack step failed: " + e.getCause(), e);
        }
    }

    /** Every stream's attacker gave up: an attacker failure when nothing was ever sent, otherwise the end. */
    static AttackResult ended(AttackContext ctx, int threshold) {
        if (ctx.ledger().totals().queries() == 0) {
            throw new AttackerRefusedException(
                    "the attacker gave no usable prompt in any stream",
                    ctx.ledger().totals().attackerRefusals() > 0);
        }
        return AttackResult.of(ctx.ledger(), threshold, "no-prompts");
    }
}
