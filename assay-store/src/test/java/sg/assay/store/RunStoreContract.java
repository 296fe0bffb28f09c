package sg.assay.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static sg.assay.store.Fixtures.T0;
import static sg.assay.store.Fixtures.blocked;
import static sg.assay.store.Fixtures.completed;
import static sg.assay.store.Fixtures.failed;
import static sg.assay.store.Fixtures.run;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import sg.assay.ConfigException;
import sg.assay.StoreException;
import sg.assay.run.ResultRow;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStatus;
import sg.assay.run.RunStore;
import sg.assay.run.SampleKey;
import sg.assay.run.SampleResult;

/**
 * The behaviour every {@link RunStore} must have. A subclass says how to open an empty store and how to open the
 * same store again.
 */
abstract class RunStoreContract {
    protected RunStore store;

    /** A new, empty store. */
    protected abstract RunStore openEmpty();

    /** The store last opened by {@link #openEmpty}, opened again (after it was closed). */
    protected abstract RunStore reopen();

    @BeforeEach
    void openStore() {
        store = openEmpty();
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private List<SampleResult> results(String runId) {
        List<SampleResult> all = new ArrayList<>();
        store.forEachResult(runId, all::add);
        return all;
    }

    private List<ResultRow> rows(String runId) {
        List<ResultRow> all = new ArrayList<>();
        store.forEachRow(runId, all::add);
        return all;
    }

    @Test
    void aCreatedRunIsFoundAsStored() {
        RunRecord run = run("run-0001-aaaa");
        store.createRun(run);

        assertThat(store.findRun("run-0001-aaaa")).contains(run);
        assertThat(store.findRun("run-0001-bbbb")).isEmpty();
    }

    @Test
    void timestampsKeepMicroseconds() {
        Instant created = Instant.parse("2026-11-23T10:00:00.123456789Z");
        store.createRun(run("run-micro", "", created));

        RunRecord found = store.findRun("run-micro").orElseThrow();
        assertThat(found.created()).isEqualTo(Instant.parse("2026-11-23T10:00:00.123456Z"));
    }

    @Test
    void aRunIdIsStoredOnce() {
        store.createRun(run("run-dup"));

        assertThatThrownBy(() -> store.createRun(run("run-dup"))).isInstanceOf(StoreException.class);
        assertThat(store.listRuns(10)).hasSize(1);
    }

    @Test
    void aRunIsFoundByAUniquePrefixOfSixCharacters() {
        store.createRun(run("abcdef01-one"));
        store.createRun(run("abcdef02-two"));

        assertThat(store.findRun("abcdef01").map(RunRecord::id)).contains("abcdef01-one");
        assertThat(store.findRun("abcdef02-t").map(RunRecord::id)).contains("abcdef02-two");
        assertThat(store.findRun("abcdef03")).isEmpty();
    }

    @Test
    void anAmbiguousPrefixIsAConfigErrorNamingIt() {
        store.createRun(run("abcdef01-one"));
        store.createRun(run("abcdef02-two"));

        assertThatThrownBy(() -> store.findRun("abcdef"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'abcdef'")
                .hasMessageContaining("abcdef01-one")
                .hasMessageContaining("abcdef02-two");
    }

    @Test
    void aPrefixShorterThanSixCharactersIsNotLookedUp() {
        store.createRun(run("abcdef01-one"));

        assertThat(store.findRun("abcde")).isEmpty();
        assertThat(store.findRun("abcdef")).isPresent();
    }

    @Test
    void updateRunChangesStatusErrorAndSummary() {
        store.createRun(run("run-upd"));
        store.updateRun("run-upd", RunStatus.FAILED, "target unreachable", Optional.of(Fixtures.summary()));

        RunRecord found = store.findRun("run-upd").orElseThrow();
        assertThat(found.status()).isEqualTo(RunStatus.FAILED);
        assertThat(found.error()).isEqualTo("target unreachable");
        assertThat(found.summary()).contains(Fixtures.summary());
        assertThat(found.updated()).isAfter(found.created());
        assertThat(found.created()).isEqualTo(T0);

        store.updateRun("run-upd", RunStatus.COMPLETED, "", Optional.empty());
        assertThat(store.findRun("run-upd").orElseThrow().summary()).isEmpty();
    }

    @Test
    void updatingAnUnknownRunFails() {
        assertThatThrownBy(() -> store.updateRun("nope", RunStatus.FAILED, "", Optional.empty()))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("nope");
    }

    @Test
    void runsAreListedNewestFirst() {
        for (int i = 0; i < 5; i++) {
            store.createRun(run("run-" + i, "", T0.plusSeconds(i * 10L)));
        }

        assertThat(store.listRuns(3)).extracting(RunRecord::id).containsExactly("run-4", "run-3", "run-2");
        assertThat(store.listRuns(100)).hasSize(5);
        assertThatThrownBy(() -> store.listRuns(0)).isInstanceOf(ConfigException.class);
    }

    @Test
    void suiteRunsAreOldestFirstAndOnlyThatSuite() {
        store.createRun(run("s1-late", "suite-1", T0.plusSeconds(20)));
        store.createRun(run("s2-only", "suite-2", T0.plusSeconds(10)));
        store.createRun(run("s1-early", "suite-1", T0));

        assertThat(store.suiteRuns("suite-1")).extracting(RunRecord::id).containsExactly("s1-early", "s1-late");
        assertThat(store.suiteRuns("suite-3")).isEmpty();
    }

    @Test
    void anAppendedResultReadsBackWhole() {
        store.createRun(run("r"));
        SampleResult result = completed("r", "s1", 1);
        store.append(result);
        store.flush();

        assertThat(results("r")).containsExactly(result);
        assertThat(rows("r")).containsExactly(ResultRow.of(result));
        assertThat(store.countResults("r")).isEqualTo(1);
    }

    @Test
    void everyOutcomeReadsBack() {
        store.createRun(run("r"));
        List<SampleResult> all = List.of(completed("r", "a", 1), failed("r", "b", 1), blocked("r", "c", 1));
        all.forEach(store::append);
        store.flush();

        assertThat(results("r")).containsExactlyElementsOf(all);
        assertThat(rows("r")).extracting(ResultRow::status).containsExactly("completed", "failed", "blocked");
    }

    @Test
    void aCompletedResultIsNeverReplacedNorDuplicated() {
        store.createRun(run("r"));
        SampleResult first = completed("r", "s1", 1);
        store.append(first);
        store.append(Fixtures.result("r", "s1", 1, new sg.assay.run.SampleOutcome.Completed(), "second answer"));
        store.append(failed("r", "s1", 1));
        store.flush();

        assertThat(results("r")).containsExactly(first);
        assertThat(store.countResults("r")).isEqualTo(1);
    }

    @Test
    void aBlockedResultIsNeverReplaced() {
        store.createRun(run("r"));
        SampleResult first = blocked("r", "s1", 1);
        store.append(first);
        store.flush();
        store.append(completed("r", "s1", 1));
        store.flush();

        assertThat(results("r")).containsExactly(first);
    }

    @Test
    void aFailedResultIsReplacedAndKeepsItsPlace() {
        store.createRun(run("r"));
        store.append(failed("r", "s1", 1));
        store.append(completed("r", "s2", 1));
        store.flush();
        SampleResult retried = completed("r", "s1", 1);
        store.append(retried);
        store.flush();

        assertThat(results("r")).extracting(SampleResult::sampleId).containsExactly("s1", "s2");
        assertThat(results("r").getFirst()).isEqualTo(retried);
        assertThat(store.countResults("r")).isEqualTo(2);
    }

    @Test
    void epochsAreSeparateKeys() {
        store.createRun(run("r"));
        store.append(completed("r", "s1", 1));
        store.append(completed("r", "s1", 2));
        store.flush();

        assertThat(store.countResults("r")).isEqualTo(2);
    }

    @Test
    void doneKeysAreCompletedAndBlockedButNotFailed() {
        store.createRun(run("r"));
        store.append(completed("r", "a", 1));
        store.append(failed("r", "b", 1));
        store.append(blocked("r", "c", 2));
        store.flush();

        assertThat(store.doneKeys("r")).containsExactlyInAnyOrder(new SampleKey("a", 1), new SampleKey("c", 2));
        assertThat(store.doneKeys("other")).isEmpty();
    }

    @Test
    void resultsOfRunsAreKeptApart() {
        store.createRun(run("r1"));
        store.createRun(run("r2"));
        store.append(completed("r1", "s", 1));
        store.append(completed("r2", "s", 1));
        store.append(completed("r2", "t", 1));
        store.flush();

        assertThat(store.countResults("r1")).isEqualTo(1);
        assertThat(store.countResults("r2")).isEqualTo(2);
        assertThat(results("r1")).extracting(SampleResult::runId).containsOnly("r1");
    }

    @Test
    void resultsStreamInTheOrderFirstStored() {
        store.createRun(run("r"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            String id = "s" + ((i * 7919) % 1000);
            ids.add(id);
            store.append(completed("r", id, 1));
        }
        store.flush();

        assertThat(rows("r")).extracting(ResultRow::sampleId).containsExactlyElementsOf(ids);
        assertThat(results("r")).extracting(SampleResult::sampleId).containsExactlyElementsOf(ids);
    }

    @Test
    void tenThousandVirtualThreadsAppendExactlyOnce() throws Exception {
        store.createRun(run("r"));
        List<Future<?>> appends = new ArrayList<>();
        try (ExecutorService tasks = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 10_000; i++) {
                String id = "s" + (i % 5_000);
                int epoch = 1 + (i / 5_000) % 2;
                appends.add(tasks.submit(() -> store.append(completed("r", id, epoch))));
                appends.add(tasks.submit(() -> store.append(completed("r", id, 1))));
            }
        }
        for (Future<?> append : appends) {
            append.get();
        }
        store.flush();

        assertThat(store.countResults("r")).isEqualTo(10_000);
        assertThat(store.doneKeys("r")).hasSize(10_000);
    }

    @Test
    void flushMakesEverythingAppendedBeforeItVisible() throws Exception {
        store.createRun(run("r"));
        try (ExecutorService tasks = Executors.newVirtualThreadPerTaskExecutor()) {
            List<java.util.concurrent.Future<Long>> seen = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int worker = t;
                seen.add(tasks.submit(() -> {
                    for (int i = 0; i < 100; i++) {
                        store.append(completed("r", "w" + worker + "-" + i, 1));
                    }
                    store.flush();
                    return store.doneKeys("r").stream()
                            .filter(k -> k.sampleId().startsWith("w" + worker + "-"))
                            .count();
                }));
            }
            for (var count : seen) {
                assertThat(count.get()).isEqualTo(100);
            }
        }
    }

    @Test
    void flushWithNothingQueuedReturns() {
        store.flush();
        store.flush();
        assertThat(store.listRuns(1)).isEmpty();
    }

    @Test
    void anUnwritableResultFailsTheNextFlush() {
        store.append(completed("no-such-run", "s1", 1));

        assertThatThrownBy(store::flush).isInstanceOf(StoreException.class);
    }

    @Test
    void reopeningKeepsEverything() {
        store.createRun(run("r"));
        store.updateRun("r", RunStatus.COMPLETED, "", Optional.of(Fixtures.summary()));
        for (int i = 0; i < 300; i++) {
            store.append(completed("r", "s" + i, 1));
        }
        store.close();

        store = reopen();
        assertThat(store.findRun("r").orElseThrow().status()).isEqualTo(RunStatus.COMPLETED);
        assertThat(store.countResults("r")).isEqualTo(300);
        store.append(completed("r", "s0", 1));
        store.append(completed("r", "s300", 1));
        store.flush();
        assertThat(store.countResults("r")).isEqualTo(301);
    }

    @Test
    void aClosedStoreRefusesWrites() {
        store.createRun(run("r"));
        store.close();

        assertThatThrownBy(() -> store.append(completed("r", "s", 1)))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("closed");
        store = reopen();
    }

    @Test
    void readsFromVirtualThreadsWork() throws Exception {
        store.createRun(run("r"));
        store.append(completed("r", "s", 1));
        store.flush();
        try (ExecutorService tasks = Executors.newVirtualThreadPerTaskExecutor()) {
            var found = tasks.submit(() -> store.findRun("r").isPresent() && store.countResults("r") == 1);
            assertThat(found.get(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        }
    }
}
