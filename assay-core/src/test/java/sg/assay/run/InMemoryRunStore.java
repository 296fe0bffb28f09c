package sg.assay.run;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import sg.assay.metric.RunSummary;

/** A run store in memory, for engine tests: same exactly-once rule as the real stores. */
public final class InMemoryRunStore implements RunStore {
    private final Map<String, RunRecord> runs = new LinkedHashMap<>();
    private final Map<String, Map<SampleKey, SampleResult>> results = new LinkedHashMap<>();
    public int appends;
    public int updates;
    public int rowScans;

    @Override
    public synchronized void createRun(RunRecord run) {
        runs.put(run.id(), run);
        results.put(run.id(), new LinkedHashMap<>());
    }

    @Override
    public synchronized void updateRun(String runId, RunStatus status, String error, Optional<RunSummary> summary) {
        updates++;
        RunRecord r = runs.get(runId);
        runs.put(runId, r.withStatus(status, r.updated(), error, summary));
    }

    @Override
    public synchronized Optional<RunRecord> findRun(String idOrPrefix) {
        return runs.values().stream().filter(r -> r.id().startsWith(idOrPrefix)).findFirst();
    }

    @Override
    public synchronized List<RunRecord> listRuns(int limit) {
        List<RunRecord> all = new ArrayList<>(runs.values());
        all.sort(Comparator.comparing(RunRecord::created).reversed());
        return all.subList(0, Math.min(limit, all.size()));
    }

    @Override
    public synchronized List<RunRecord> suiteRuns(String suiteId) {
        return runs.values().stream().filter(r -> r.suiteId().equals(suiteId)).toList();
    }

    @Override
    public synchronized Set<SampleKey> doneKeys(String runId) {
        Set<SampleKey> keys = new HashSet<>();
        results.get(runId).forEach((k, v) -> {
            if (!(v.outcome() instanceof SampleOutcome.Failed)) {
                keys.add(k);
            }
        });
        return keys;
    }

    @Override
    public synchronized void append(SampleResult result) {
        appends++;
        Map<SampleKey, SampleResult> m = results.get(result.runId());
        SampleResult old = m.get(result.key());
        if (old == null || old.outcome() instanceof SampleOutcome.Failed) {
            m.put(result.key(), result);
        }
    }

    @Override
    public void flush() {}

    @Override
    public synchronized void forEachResult(String runId, Consumer<SampleResult> consumer) {
        List.copyOf(results.get(runId).values()).forEach(consumer);
    }

    @Override
    public synchronized void forEachRow(String runId, Consumer<ResultRow> consumer) {
        rowScans++;
        List.copyOf(results.get(runId).values()).forEach(r -> consumer.accept(ResultRow.of(r)));
    }

    @Override
    public synchronized long countResults(String runId) {
        return results.get(runId).size();
    }

    @Override
    public void close() {}
}
