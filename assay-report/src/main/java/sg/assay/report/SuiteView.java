package sg.assay.report;

import java.util.List;
import sg.assay.run.RunRecord;

/** The documented JSON shape of a suite: its id, name and one {@link RunView} per task. */
public record SuiteView(String suiteId, String name, List<RunView> runs) {
    public SuiteView {
        runs = List.copyOf(runs);
    }

    public static SuiteView of(String suiteId, String name, List<RunRecord> runs) {
        return of(suiteId, name, runs, RunView::of);
    }

    /** The suite with each run shown by {@code view} (e.g. with its judges' error from the store). */
    public static SuiteView of(
            String suiteId, String name, List<RunRecord> runs, java.util.function.Function<RunRecord, RunView> view) {
        return new SuiteView(suiteId, name, runs.stream().map(view).toList());
    }
}
