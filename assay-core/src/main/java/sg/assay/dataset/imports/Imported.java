package sg.assay.dataset.imports;

import java.time.Instant;
import sg.assay.dataset.BadRows;
import sg.assay.dataset.Dataset;
import sg.assay.dataset.DatasetInfo;
import sg.assay.dataset.TaskKind;

/**
 * The result of one import, before it is stored.
 *
 * @param dataset the samples, digest and licence
 * @param format the importer's name
 * @param source the path imported from
 * @param rows how many source rows were read, good and bad
 * @param skipped the malformed rows left out (only when asked)
 * @param task what the dataset tests
 */
public record Imported(Dataset dataset, String format, String source, int rows, BadRows skipped, TaskKind task) {

    public DatasetInfo info(Instant importedAt) {
        return DatasetInfo.describe(dataset, format, source, rows, skipped.count(), task, importedAt);
    }
}
