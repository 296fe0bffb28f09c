package sg.assay.score;

import sg.assay.dataset.Sample;
import sg.assay.solve.TaskState;

/** Turns a finished conversation into a {@link Score}. Must be thread-safe: samples are scored concurrently. */
public interface Scorer {

    /** The name the scores carry; also the metric's name in reports. */
    String name();

    Score score(TaskState state, Sample sample);

    /** How values aggregate; binary scorers are proportions. */
    default MetricKind kind() {
        return MetricKind.PROPORTION;
    }

    /** What a value of 1 means, for reports, e.g. "refused" or "matched". */
    default String meaning() {
        return name();
    }
}
