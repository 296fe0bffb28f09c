package sg.assay.metric;

/** How many sample-epochs a run has, and how they ended. */
public record Counts(long total, long completed, long failed, long blocked) {
    public long done() {
        return completed + failed + blocked;
    }
}
