package sg.assay.run;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import sg.assay.metric.RunSummary;

/**
 * Where runs and their sample results live. Results are keyed by (run, sample, epoch) and stored exactly once: a
 * second result for the same key replaces the first only when the first failed.
 *
 * <p>{@link #append} may queue the write; {@link #flush} returns once everything appended before it is durable.
 * Implementations must be safe to call from many virtual threads and must never block them in native code.
 */
public interface RunStore extends AutoCloseable {

    void createRun(RunRecord run);

    void updateRun(String runId, RunStatus status, String error, Optional<RunSummary> summary);

    /** Finds a run by its full id or a unique prefix of at least 6 characters. */
    Optional<RunRecord> findRun(String idOrPrefix);

    /** The newest runs first. */
    List<RunRecord> listRuns(int limit);

    /** The runs of one suite, oldest first. */
    List<RunRecord> suiteRuns(String suiteId);

    /** The keys that need no more work: completed or blocked results (failed ones are retried on resume). */
    Set<SampleKey> doneKeys(String runId);

    void append(SampleResult result);

    void flush();

    /** Every stored result of a run, in the order they were first stored. */
    void forEachResult(String runId, Consumer<SampleResult> consumer);

    /** The light rows of every stored result of a run (no transcripts), for summaries. */
    void forEachRow(String runId, Consumer<ResultRow> consumer);

    long countResults(String runId);

    @Override
    void close();
}
