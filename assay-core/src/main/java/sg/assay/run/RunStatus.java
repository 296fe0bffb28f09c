package sg.assay.run;

/** The lifecycle of a run. An interrupted or failed run can be resumed. */
public enum RunStatus {
    RUNNING,
    COMPLETED,
    FAILED,
    INTERRUPTED;

    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
