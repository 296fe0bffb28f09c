package sg.assay.redteam.attack;

/** A way of attacking one behaviour: it spends the ledger's budget and records every turn there. */
public interface Strategy {

    /** The strategy's name: grid, best-of-n, pair, tap or crescendo. */
    String name();

    /** Whether it needs an attacker model (the grid and best-of-N do not). */
    default boolean needsAttacker() {
        return true;
    }

    AttackResult run(AttackContext ctx);
}
