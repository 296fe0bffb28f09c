package sg.assay.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStore;

/**
 * The judge error of every judge scorer in a run, for its reports: per scorer, the stored validation of its judge
 * (the current one, else the newest stale one of the same rubric, with what changed) and the run's rates per language
 * corrected with it, or {@code not validated for this language} throughout when the judge has none.
 */
public final class RunJudges {
    /** Runs searched for validations, newest first. */
    static final int SEARCH = 5000;

    /** Bootstrap replicates of the κ cited (as {@code judge validate} computes by default). */
    static final int KAPPA_REPLICATES = 1000;

    private RunJudges() {}

    /** With the defaults of {@code judge correct}: seed 42, 2,000 replicates. */
    public static List<JudgeCorrection> of(RunStore store, RunRecord run) {
        return of(store, run, 42, 2000);
    }

    public static List<JudgeCorrection> of(RunStore store, RunRecord run, long seed, int replicates) {
        if (run.spec().task().equals(JudgeValidation.TASK)
                || run.spec().scorers().stream().noneMatch(s -> s.name().startsWith("judge/"))) {
            return List.of();
        }
        List<JudgeCorrection> out = new ArrayList<>();
        for (Map.Entry<String, JudgedCounts> e :
                JudgedCounts.judges(store, run.id()).entrySet()) {
            JudgedCounts counts = e.getValue();
            Optional<ValidationReport> validation = counts.identities.stream()
                    .findFirst()
                    .flatMap(id ->
                            Validations.best(store, id, SEARCH, f -> f.rubric().equals(id.rubric())))
                    .map(f -> ValidationReport.load(store, f.run(), List.of("language"), KAPPA_REPLICATES));
            out.add(JudgeCorrection.of(run.id(), e.getKey(), counts, validation, seed, replicates));
        }
        return out;
    }
}
