package sg.assay.redteam.attack;

import java.util.List;
import java.util.Map;
import sg.assay.redteam.model.ModelClient;
import sg.assay.redteam.model.PromptText;
import sg.assay.score.refusal.RefusalClassifier;

/**
 * The attacker model with its role prompts ({@code attacker-<role>.txt}) and its framings ({@code framing-<n>.txt}):
 * when the model refuses its role under one framing, the same request is retried under the next.
 */
public final class Attacker {
    private final ModelClient model;
    private final RefusalClassifier refusals;
    private final List<PromptText> framings;
    private final int keep;

    /**
     * @param keep how many of the latest exchanges the attacker sees again (older ones are left out, as in PAIR)
     */
    public Attacker(ModelClient model, RefusalClassifier refusals, List<PromptText> framings, int keep) {
        if (framings.isEmpty()) {
            throw new IllegalArgumentException("an attacker needs at least one framing");
        }
        this.model = model;
        this.refusals = refusals;
        this.framings = List.copyOf(framings);
        this.keep = keep;
    }

    /** The attacker with the shipped framings, seeing its latest four exchanges. */
    public static Attacker standard(ModelClient model, RefusalClassifier refusals) {
        return new Attacker(
                model,
                refusals,
                List.of(PromptText.load("framing-1"), PromptText.load("framing-2"), PromptText.load("framing-3")),
                4);
    }

    /** Starts a conversation with the attacker in a role (pair, tap, crescendo) about one goal. */
    public AttackerSession session(String role, Map<String, String> vars, long seed, Ledger ledger) {
        return new AttackerSession(this, PromptText.load("attacker-" + role), vars, seed, ledger);
    }

    ModelClient model() {
        return model;
    }

    RefusalClassifier refusals() {
        return refusals;
    }

    List<PromptText> framings() {
        return framings;
    }

    int keep() {
        return keep;
    }

    public String describe() {
        return model.describe();
    }

    public boolean mock() {
        return model.mock();
    }
}
