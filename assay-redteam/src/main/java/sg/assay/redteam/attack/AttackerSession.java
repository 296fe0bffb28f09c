package sg.assay.redteam.attack;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sg.assay.message.Message;
import sg.assay.redteam.model.JsonReply;
import sg.assay.redteam.model.PromptText;
import sg.assay.score.refusal.RefusalKind;
import sg.assay.target.TargetResponse;

/**
 * One conversation with the attacker: its role prompt under the current framing, then feedback and replies. Used by
 * one thread at a time; {@link #fork} copies it for a branch (TAP).
 */
public final class AttackerSession {
    private final Attacker attacker;
    private final PromptText role;
    private final Map<String, String> vars;
    private final long seed;
    private final Ledger ledger;
    private final List<Message> history;
    private int framing;

    AttackerSession(Attacker attacker, PromptText role, Map<String, String> vars, long seed, Ledger ledger) {
        this(attacker, role, vars, seed, ledger, new ArrayList<>(), 0);
    }

    private AttackerSession(
            Attacker attacker,
            PromptText role,
            Map<String, String> vars,
            long seed,
            Ledger ledger,
            List<Message> history,
            int framing) {
        this.attacker = attacker;
        this.role = role;
        this.vars = Map.copyOf(vars);
        this.seed = seed;
        this.ledger = ledger;
        this.history = history;
        this.framing = framing;
    }

    /** A copy with its own history from here on, asking with another seed. */
    public AttackerSession fork(long newSeed) {
        return new AttackerSession(attacker, role, vars, newSeed, ledger, new ArrayList<>(history), framing);
    }

    /**
     * Sends feedback and returns the attacker's next prompt. A refusal moves to the next framing and asks again; an
     * unreadable answer is asked again once under the same framing.
     *
     * @throws AttackerRefusedException when no framing gives a usable prompt
     */
    public AttackerReply reply(String feedback) {
        history.add(Message.user(feedback));
        boolean retriedUnreadable = false;
        boolean anyRefusal = false;
        while (framing < attacker.framings().size()) {
            TargetResponse r = attacker.model().call(messages(), seed * 7919 + framing, "attacker");
            ledger.spentAttacker(r.usage());
            Optional<AttackerReply> parsed = parse(r.text());
            if (parsed.isPresent()) {
                history.add(r.message());
                return parsed.get();
            }
            if (refusal(r.text())) {
                ledger.attackerRefused();
                anyRefusal = true;
                framing++;
            } else if (!retriedUnreadable) {
                retriedUnreadable = true;
            } else {
                framing++;
                retriedUnreadable = false;
            }
        }
        history.removeLast();
        throw new AttackerRefusedException(
                anyRefusal
                        ? "the attacker refused its role in every framing"
                        : "the attacker gave no readable prompt in any framing",
                anyRefusal);
    }

    private List<Message> messages() {
        Map<String, String> all = new HashMap<>(vars);
        all.put("framing", attacker.framings().get(framing).text());
        List<Message> out = new ArrayList<>();
        out.add(Message.system(role.fill(all)));
        int keepMessages = attacker.keep() * 2 + 1;
        out.addAll(history.subList(Math.max(0, history.size() - keepMessages), history.size()));
        return out;
    }

    private Optional<AttackerReply> parse(String text) {
        Optional<JsonNode> node = JsonReply.find(text);
        if (node.isEmpty()) {
            return Optional.empty();
        }
        String prompt = node.get().path("prompt").asText("").strip();
        if (prompt.isEmpty()
                || refusal(prompt) && node.get().path("improvement").asText("").isBlank()) {
            return Optional.empty();
        }
        return Optional.of(
                new AttackerReply(node.get().path("improvement").asText("").strip(), prompt));
    }

    private boolean refusal(String text) {
        return attacker.refusals().classify(text).kind() == RefusalKind.FULL_REFUSAL;
    }

    /** Which framing the session is on (0 for the first), for the record. */
    public int framing() {
        return framing;
    }
}
