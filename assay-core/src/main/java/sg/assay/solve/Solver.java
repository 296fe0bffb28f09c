package sg.assay.solve;

/** One step of a task's solver chain: a system prompt, a template, a generation, an attack turn. */
@FunctionalInterface
public interface Solver {
    TaskState solve(TaskState state, Generator generator);
}
