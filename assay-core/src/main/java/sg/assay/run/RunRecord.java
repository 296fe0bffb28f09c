package sg.assay.run;

import java.time.Instant;
import java.util.Optional;
import sg.assay.metric.RunSummary;

/**
 * A run as stored: its id, the suite it belongs to (empty when none), its spec, status and, once finished or
 * interrupted, its summary.
 */
public record RunRecord(
        String id,
        String suiteId,
        RunSpec spec,
        RunStatus status,
        Instant created,
        Instant updated,
        String error,
        Optional<RunSummary> summary) {

    public RunRecord withStatus(RunStatus newStatus, Instant when, String newError, Optional<RunSummary> newSummary) {
        return new RunRecord(id, suiteId, spec, newStatus, created, when, newError, newSummary);
    }
}
