package sg.assay.task;

import java.nio.file.Path;
import java.util.Map;
import sg.assay.dataset.Dataset;

/** Finds the dataset a task names: a file, {@code dataset:<name>} or {@code suite:<name>}. */
@FunctionalInterface
public interface DatasetResolver {
    Dataset resolve(String reference, Path baseDir, Map<String, String> fields);
}
