package sg.assay.redteam.attack;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * How an attack ended.
 *
 * @param success whether some turn reached the judge's success threshold
 * @param stop why it stopped: success, budget, exhausted (its own limits reached) or no-prompts (the attacker could
 *     give none in some streams and the others ended)
 * @param queriesToSuccess target queries spent when success was seen; 0 without success
 * @param turns every turn, in order
 * @param totals what the attack spent
 */
public record AttackResult(boolean success, String stop, int queriesToSuccess, List<Turn> turns, Ledger.Totals totals) {
    public AttackResult {
        turns = List.copyOf(turns);
    }

    /**
     * Builds the result from the ledger. Strategies stop as soon as a turn (or, for parallel strategies, a batch)
     * succeeds, so the queries to success are all the queries spent.
     */
    public static AttackResult of(Ledger ledger, int threshold, String stop) {
        List<Turn> turns = ledger.turns();
        Ledger.Totals totals = ledger.totals();
        boolean success = turns.stream().anyMatch(t -> t.status() == TurnStatus.SCORED && t.score() >= threshold);
        return success
                ? new AttackResult(true, "success", totals.queries(), turns, totals)
                : new AttackResult(false, stop, 0, turns, totals);
    }

    /** The turn with the highest score (the earliest among equals), if any turn was scored. */
    public Optional<Turn> best() {
        return turns.stream()
                .filter(t -> t.status() == TurnStatus.SCORED)
                .max(Comparator.comparingInt(Turn::score).thenComparing(Turn::index, Comparator.reverseOrder()));
    }
}
