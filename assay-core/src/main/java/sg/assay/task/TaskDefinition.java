package sg.assay.task;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import sg.assay.Spec;

/**
 * A task as written in a YAML file: where its samples come from and how they are solved and scored.
 *
 * @param name the task's name
 * @param description one line for listings
 * @param dataset a file path (relative to {@code baseDir}), {@code dataset:<name>} or {@code suite:<name>}
 * @param fields how dataset fields map to sample fields (e.g. {@code input: question}); empty for the defaults
 * @param systemPrompt a system prompt put first, or empty
 * @param solvers the solver chain; {@code generate} when empty
 * @param scorers the scorers
 * @param target the default target, or empty for the CLI's default
 * @param epochs default epochs
 * @param reducer default epoch reducer
 * @param filters default sample filters (field = value)
 * @param baseDir where relative paths in the file are resolved
 */
public record TaskDefinition(
        String name,
        String description,
        String dataset,
        Map<String, String> fields,
        String systemPrompt,
        List<Spec> solvers,
        List<Spec> scorers,
        String target,
        int epochs,
        String reducer,
        Map<String, String> filters,
        Path baseDir) {
    public TaskDefinition {
        fields = Map.copyOf(fields);
        solvers = List.copyOf(solvers);
        scorers = List.copyOf(scorers);
        filters = Map.copyOf(filters);
    }
}
