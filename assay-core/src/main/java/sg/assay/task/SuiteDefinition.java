package sg.assay.task;

import java.util.List;

/** A named set of tasks; running it creates one run per task under one suite id. */
public record SuiteDefinition(String name, String description, List<TaskDefinition> tasks) {
    public SuiteDefinition {
        tasks = List.copyOf(tasks);
    }
}
