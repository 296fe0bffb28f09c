package sg.assay.report;

import java.util.List;
import sg.assay.run.RunRecord;

/** The documented JSON shape of a suite: its id, name and one {@link RunView} per task. */
public record SuiteView(String suiteId, String name, List<RunView> runs) {
    public SuiteView {
        runs = List.copyOf(runs);
    }

    public static SuiteView of(String suiteId, String name, List<RunRecord> runs) {
        return new SuiteView(suiteId, name, runs.stream().map(RunView::of).toList());
    }
}
