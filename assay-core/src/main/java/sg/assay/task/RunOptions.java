package sg.assay.task;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import sg.assay.Spec;
import sg.assay.run.Limits;

/**
 * What the user chose on the command line, over the task's own defaults.
 *
 * @param target the target spec, or empty for the task's
 * @param scorers scorers replacing the task's, or empty
 * @param solvers solvers replacing the task's, or empty
 * @param epochs epochs, or 0 for the task's
 * @param reducer reducer, or empty for the task's
 * @param seed the run's seed
 * @param shuffle whether to shuffle samples (seeded)
 * @param filters extra sample filters
 * @param limits execution limits
 * @param cache whether to use the response cache
 * @param suiteId the suite this run belongs to, or empty
 */
public record RunOptions(
        Optional<Spec> target,
        List<Spec> scorers,
        List<Spec> solvers,
        int epochs,
        Optional<String> reducer,
        long seed,
        boolean shuffle,
        Map<String, String> filters,
        Limits limits,
        boolean cache,
        String suiteId) {
    public RunOptions {
        scorers = List.copyOf(scorers);
        solvers = List.copyOf(solvers);
        filters = Map.copyOf(filters);
    }

    public static RunOptions defaults() {
        return new RunOptions(
                Optional.empty(),
                List.of(),
                List.of(),
                0,
                Optional.empty(),
                42,
                false,
                Map.of(),
                Limits.defaults(),
                false,
                "");
    }

    public RunOptions withSuiteId(String id) {
        return new RunOptions(target, scorers, solvers, epochs, reducer, seed, shuffle, filters, limits, cache, id);
    }
}
