package sg.assay.run;

import java.util.List;
import java.util.Optional;
import sg.assay.dataset.Sample;
import sg.assay.metric.Reducer;
import sg.assay.score.Scorer;
import sg.assay.solve.Solver;
import sg.assay.target.Target;

/**
 * A run ready to execute: its record (new, or loaded for resume), the selected samples in execution order, and the
 * built components.
 */
public record Execution(
        RunRecord record,
        boolean resume,
        List<Sample> samples,
        List<Solver> solvers,
        List<Scorer> scorers,
        Target target,
        Reducer reducer,
        Optional<ResponseCache> cache) {
    public Execution {
        samples = List.copyOf(samples);
        solvers = List.copyOf(solvers);
        scorers = List.copyOf(scorers);
    }
}
