package sg.assay.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import sg.assay.StoreException;
import sg.assay.metric.RunSummary;
import sg.assay.run.ResultRow;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStatus;
import sg.assay.run.RunStore;
import sg.assay.run.SampleKey;
import sg.assay.run.SampleResult;

/**
 * A run store in a SQL database: all writes go through one {@link WriteQueue} (group commit, exactly once by the
 * {@code (run, sample, epoch)} key), reads use connections of their own and stream. Timestamps are kept to the
 * microsecond.
 *
 * <p>When the driver runs native code (SQLite), work asked for from a virtual thread runs on a platform thread.
 *
 * <p>The writer is a daemon thread: call {@link #flush} or {@link #close} before the program ends, or results still
 * queued are lost (a result that was flushed is kept even when the process is killed).
 */
public abstract sealed class SqlRunStore implements RunStore permits SqliteRunStore, PostgresRunStore {
    /** Results queued at most before {@link #append} parks its caller. */
    static final int QUEUE_CAPACITY = 4096;
    /** Results committed at most in one transaction. */
    static final int MAX_BATCH = 2048;

    private final Database database;
    private final WriteQueue writer;
    private final ExecutorService platform;
    private final Clock clock = Clock.systemUTC();

    SqlRunStore(Database database, int capacity, int maxBatch) {
        this.database = database;
        this.platform = Executors.newFixedThreadPool(
                4,
                Thread.ofPlatform().name("assay-store-reader-", 0).daemon(true).factory());
        try {
            this.writer = onPlatform(() -> {
                database.migrate();
                Connection connection = database.connect(true);
                return new WriteQueue(database, connection, capacity, maxBatch);
            });
        } catch (SQLException | RuntimeException e) {
            platform.shutdownNow();
            database.close();
            throw e instanceof StoreException s ? s : database.failure("open", e);
        }
    }

    /** Where the store lives, for messages: a file path or a URL without credentials. */
    public String location() {
        return database.name();
    }

    @Override
    public void createRun(RunRecord run) {
        RunRecord exact = new RunRecord(
                run.id(),
                run.suiteId(),
                run.spec(),
                run.status(),
                micros(run.created()),
                micros(run.updated()),
                run.error(),
                run.summary());
        writer.execute(c -> RunTable.insert(c, database.dialect(), exact));
    }

    @Override
    public void updateRun(String runId, RunStatus status, String error, Optional<RunSummary> summary) {
        Instant now = micros(clock.instant());
        writer.execute(c -> RunTable.update(c, database.dialect(), runId, status, error, summary, now));
    }

    @Override
    public Optional<RunRecord> findRun(String idOrPrefix) {
        return read("read", c -> RunTable.find(c, database.dialect(), idOrPrefix));
    }

    @Override
    public List<RunRecord> listRuns(int limit) {
        return read("read", c -> RunTable.newest(c, database.dialect(), limit));
    }

    @Override
    public List<RunRecord> suiteRuns(String suiteId) {
        return read("read", c -> RunTable.suite(c, database.dialect(), suiteId));
    }

    @Override
    public Set<SampleKey> doneKeys(String runId) {
        return read("read", c -> ResultTable.doneKeys(c, runId));
    }

    @Override
    public void append(SampleResult result) {
        writer.append(ResultTable.Pending.of(result));
    }

    @Override
    public void flush() {
        writer.flush();
    }

    @Override
    public void forEachResult(String runId, Consumer<SampleResult> consumer) {
        read("read", c -> {
            ResultTable.forEachResult(c, runId, consumer);
            return true;
        });
    }

    @Override
    public void forEachRow(String runId, Consumer<ResultRow> consumer) {
        read("read", c -> {
            ResultTable.forEachRow(c, runId, consumer);
            return true;
        });
    }

    @Override
    public long countResults(String runId) {
        return read("read", c -> ResultTable.count(c, runId));
    }

    @Override
    public void close() {
        try {
            writer.close();
        } finally {
            platform.shutdown();
            database.close();
        }
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** A query on a reader connection of its own, rolled back afterwards (reads only). */
    private <T> T read(String action, SqlQuery<T> query) {
        try {
            return onPlatform(() -> {
                try (Connection c = database.connect(false)) {
                    try {
                        return query.run(c);
                    } finally {
                        c.rollback();
                    }
                }
            });
        } catch (SQLException e) {
            throw database.failure(action, e);
        }
    }

    /** Runs {@code work} here, or on a platform thread when this is a virtual thread and the driver is native. */
    private <T> T onPlatform(Callable<T> work) throws SQLException {
        try {
            if (!database.dialect().nativeDriver() || !Thread.currentThread().isVirtual()) {
                return work.call();
            }
            Future<T> future = platform.submit(work);
            try {
                return future.get();
            } catch (ExecutionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        } catch (SQLException | RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while using run store " + database.name(), e);
        } catch (Exception e) {
            throw new StoreException("run store " + database.name() + " failed: " + e, e);
        }
    }

    @FunctionalInterface
    private interface SqlQuery<T> {
        T run(Connection connection) throws SQLException;
    }
}
