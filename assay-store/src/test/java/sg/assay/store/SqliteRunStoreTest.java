package sg.assay.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static sg.assay.store.Fixtures.completed;
import static sg.assay.store.Fixtures.run;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.assay.StoreException;
import sg.assay.run.RunStore;

class SqliteRunStoreTest extends RunStoreContract {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("runs").resolve("assay.db");
    }

    @Override
    protected RunStore openEmpty() {
        return SqliteRunStore.open(file());
    }

    @Override
    protected RunStore reopen() {
        return SqliteRunStore.open(file());
    }

    @Test
    void aFileThatIsNotADatabaseIsAStoreErrorNamingIt() throws Exception {
        Path junk = dir.resolve("junk.db");
        Files.writeString(junk, "this is not a database, just some text that is long enough ".repeat(100));

        assertThatThrownBy(() -> SqliteRunStore.open(junk))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(junk.toString())
                .hasMessageNotContaining("\n");
    }

    @Test
    void aDirectoryIsAStoreErrorNamingIt() {
        assertThatThrownBy(() -> SqliteRunStore.open(dir))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining(dir.toString());
    }

    @Test
    void aLockedFileIsAStoreErrorNamingIt() throws Exception {
        Path locked = dir.resolve("locked.db");
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + locked);
                Statement s = other.createStatement()) {
            s.execute("CREATE TABLE t (x INTEGER)");
            s.execute("PRAGMA locking_mode = EXCLUSIVE");
            s.execute("BEGIN EXCLUSIVE");
            s.execute("INSERT INTO t VALUES (1)");

            assertThatThrownBy(() -> SqliteRunStore.open(
                            locked, Duration.ofMillis(100), SqlRunStore.QUEUE_CAPACITY, SqlRunStore.MAX_BATCH))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining(locked.toString())
                    .hasMessageNotContaining("\n");
        }
    }

    @Test
    void readsAskedForOnAVirtualThreadRunOnAPlatformThread() throws Exception {
        store.createRun(run("r"));
        store.append(completed("r", "s", 1));
        store.flush();
        AtomicBoolean virtual = new AtomicBoolean(true);
        try (ExecutorService tasks = Executors.newVirtualThreadPerTaskExecutor()) {
            tasks.submit(() -> store.forEachRow(
                            "r", row -> virtual.set(Thread.currentThread().isVirtual())))
                    .get();
        }
        assertThat(virtual).isFalse();
    }

    @Test
    void theFileIsInWalMode() throws Exception {
        store.createRun(run("r"));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file());
                Statement s = c.createStatement();
                var rows = s.executeQuery("PRAGMA journal_mode")) {
            rows.next();
            assertThat(rows.getString(1)).isEqualTo("wal");
        }
    }

    @Test
    void twoStoresOnOneFileWriteAtOnce() throws Exception {
        try (RunStore other = SqliteRunStore.open(file())) {
            store.createRun(run("mine"));
            other.createRun(run("theirs"));
            try (ExecutorService tasks = Executors.newVirtualThreadPerTaskExecutor()) {
                var mine = tasks.submit(() -> appendAll(store, "mine"));
                var theirs = tasks.submit(() -> appendAll(other, "theirs"));
                mine.get();
                theirs.get();
            }
            assertThat(store.countResults("theirs")).isEqualTo(500);
            assertThat(other.countResults("mine")).isEqualTo(500);
        }
    }

    private static boolean appendAll(RunStore target, String runId) {
        for (int i = 0; i < 500; i++) {
            target.append(completed(runId, "s" + i, 1));
        }
        target.flush();
        return true;
    }

    @Test
    void aFullQueueParksAppendsUntilTheWriterCatchesUp() throws Exception {
        Path small = dir.resolve("small.db");
        try (RunStore tiny = SqliteRunStore.open(small, Duration.ofSeconds(30), 2, 1)) {
            tiny.createRun(run("r"));
            AtomicBoolean done = new AtomicBoolean();
            try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + small);
                    Statement s = other.createStatement();
                    ExecutorService tasks = Executors.newVirtualThreadPerTaskExecutor()) {
                s.execute("BEGIN IMMEDIATE"); // the writer now waits for this lock
                var appends = tasks.submit(() -> {
                    for (int i = 0; i < 10; i++) {
                        tiny.append(completed("r", "s" + i, 1));
                    }
                    done.set(true);
                    return true;
                });
                Thread.sleep(300);
                assertThat(done).as("appends beyond the queue's capacity wait").isFalse();
                s.execute("COMMIT");
                assertThat(appends.get(10, java.util.concurrent.TimeUnit.SECONDS))
                        .isTrue();
            }
            tiny.flush();
            assertThat(tiny.countResults("r")).isEqualTo(10);
        }
    }

    @Test
    void aFailedWriteBreaksTheStoreUntilReopened() {
        store.createRun(run("r"));
        store.append(completed("no-such-run", "s1", 1));
        assertThatThrownBy(store::flush).isInstanceOf(StoreException.class).hasMessageContaining(file().toString());

        assertThatThrownBy(() -> store.append(completed("r", "s2", 1))).isInstanceOf(StoreException.class);
        store.close();
        store = reopen();
        store.append(completed("r", "s2", 1));
        store.flush();
        assertThat(store.countResults("r")).isEqualTo(1);
    }
}
