package sg.assay.store;

import static org.assertj.core.api.Assertions.assertThat;
import static sg.assay.store.Fixtures.completed;
import static sg.assay.store.Fixtures.failed;
import static sg.assay.store.Fixtures.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sg.assay.run.ResultRow;
import sg.assay.run.RunStore;

/**
 * Several stores, each with its own writer connection as separate processes would have, write into one PostgreSQL
 * database at once; skipped unless {@code ASSAY_TEST_PG_URL} names a server.
 */
@ExtendWith(NeedsPostgres.class)
class PostgresMultiWriterTest {
    private static final int STORES = 4;
    private static final int PER_RUN = 1_000;
    private static final int SHARED = 500;

    @Test
    void storesWritingAtOnceKeepEveryResultExactlyOnce() throws Exception {
        String url = TestPostgres.freshSchema("assay_test_multi");
        List<RunStore> stores = new ArrayList<>();
        try {
            for (int i = 0; i < STORES; i++) {
                stores.add(PostgresRunStore.open(url));
            }
            stores.getFirst().createRun(run("shared"));
            for (int i = 0; i < STORES; i++) {
                stores.get(i).createRun(run("own-" + i));
            }
            writeAtOnce(stores);

            for (int i = 0; i < STORES; i++) {
                assertThat(stores.getFirst().countResults("own-" + i)).isEqualTo(PER_RUN);
            }
            List<ResultRow> shared = new ArrayList<>();
            stores.getLast().forEachRow("shared", shared::add);
            assertThat(shared).hasSize(SHARED);
            assertThat(shared)
                    .as("a failure from one process never replaces a completion from another")
                    .extracting(ResultRow::status)
                    .containsOnly("completed");
        } finally {
            stores.forEach(RunStore::close);
        }
    }

    /** Each store writes its own run, and all write the same keys of a shared run: store 0 failures, the rest completions. */
    private static void writeAtOnce(List<RunStore> stores) throws Exception {
        List<Future<?>> writers = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < STORES; i++) {
                RunStore store = stores.get(i);
                int index = i;
                writers.add(threads.submit(() -> {
                    for (int n = 0; n < PER_RUN; n++) {
                        store.append(completed("own-" + index, "s" + n, 1));
                        if (n < SHARED) {
                            int key = index % 2 == 0 ? n : SHARED - 1 - n;
                            store.append(
                                    index == 0 ? failed("shared", "k" + key, 1) : completed("shared", "k" + key, 1));
                        }
                    }
                    store.flush();
                }));
            }
            for (Future<?> writer : writers) {
                writer.get();
            }
        }
    }
}
