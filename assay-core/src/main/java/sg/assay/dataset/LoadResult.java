package sg.assay.dataset;

/**
 * A dataset as read, with the number of source rows and the rows skipped as malformed.
 *
 * @param dataset the samples, with the source's digest
 * @param rows how many rows the source had, good and bad
 * @param skipped the malformed rows left out (only when skipping was asked for)
 */
public record LoadResult(Dataset dataset, int rows, BadRows skipped) {}
