package sg.assay.probe;

import java.util.function.Function;
import sg.assay.dataset.Sample;
import sg.assay.score.Score;
import sg.assay.score.Scorer;
import sg.assay.solve.TaskState;

/** A probe's scorer: a name, what a value of 1 means, and a pure function of the finished conversation. */
record ProbeScorer(String name, String meaning, Function<TaskState, Score> check) implements Scorer {
    @Override
    public Score score(TaskState state, Sample sample) {
        return check.apply(state);
    }
}
