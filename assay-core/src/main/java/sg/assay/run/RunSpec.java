package sg.assay.run;

import java.util.List;
import java.util.Map;
import sg.assay.Spec;

/**
 * Everything needed to reproduce a run: task, dataset and its digest, solver chain, scorers, the target without
 * secrets, epochs and reducer, seeds, filters, limits and who ran which build.
 */
public record RunSpec(
        String task,
        DatasetRef dataset,
        List<Spec> solvers,
        List<Spec> scorers,
        Spec target,
        int epochs,
        String reducer,
        long seed,
        boolean shuffle,
        Map<String, String> filters,
        Limits limits,
        boolean cache,
        Provenance provenance) {
    public RunSpec {
        solvers = List.copyOf(solvers);
        scorers = List.copyOf(scorers);
        filters = Map.copyOf(filters);
        if (epochs < 1) {
            throw new sg.assay.ConfigException("epochs must be at least 1: " + epochs);
        }
    }
}
