package sg.assay.validate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStatus;
import sg.assay.run.RunStore;
import sg.assay.score.judge.JudgeIdentity;

/** Finds the stored validations of a judge, and tells current ones from stale ones. */
public final class Validations {
    private Validations() {}

    /**
     * A stored validation.
     *
     * @param run the validation run
     * @param identity the judge's identity when it was validated
     * @param changes what has changed since (empty: the validation is current)
     */
    public record Found(RunRecord run, JudgeIdentity identity, List<String> changes) {
        public Found {
            changes = List.copyOf(changes);
        }

        public boolean current() {
            return changes.isEmpty();
        }
    }

    /**
     * The completed validations of the same judge target or rubric as {@code judge}, newest first: those of exactly
     * this identity are current, the others stale with what changed.
     */
    public static List<Found> of(RunStore store, JudgeIdentity judge, int limit) {
        List<Found> out = new ArrayList<>();
        for (RunRecord r : store.listRuns(limit)) {
            if (!r.spec().task().equals(JudgeValidation.TASK)
                    || r.status() != RunStatus.COMPLETED
                    || r.spec().scorers().isEmpty()) {
                continue;
            }
            JudgeIdentity id =
                    JudgeIdentity.fromMetadata(r.spec().scorers().getFirst().params(), "judge.");
            if (id.target().equals(judge.target()) || id.rubric().equals(judge.rubric())) {
                out.add(new Found(r, id, judge.changesSince(id)));
            }
        }
        return out;
    }

    /**
     * The validation to cite for {@code judge}: the newest current one, else, among those {@code related} accepts,
     * the one with the fewest changes (the newest of them), which is then stale.
     */
    public static Optional<Found> best(
            RunStore store, JudgeIdentity judge, int limit, Predicate<JudgeIdentity> related) {
        List<Found> found = of(store, judge, limit);
        return found.stream()
                .filter(Found::current)
                .findFirst()
                .or(() -> found.stream()
                        .filter(f -> related.test(f.identity()))
                        .min(Comparator.comparingInt(f -> f.changes().size())));
    }
}
