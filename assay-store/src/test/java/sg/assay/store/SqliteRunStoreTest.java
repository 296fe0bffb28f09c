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
}
