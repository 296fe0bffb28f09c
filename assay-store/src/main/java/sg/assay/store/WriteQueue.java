package sg.assay.store;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import sg.assay.AssayException;
import sg.assay.StoreException;

/**
 * The one writer of a store: a platform thread that owns the write connection, takes work from a bounded queue and
 * commits many queued results in one transaction (group commit). Callers only enqueue, so virtual threads never run
 * driver code, and a full queue parks them (backpressure).
 *
 * <p>A failed result batch breaks the store: later appends and flushes throw that failure. A failed run insert or
 * update fails only its own call.
 */
final class WriteQueue {
    private static final System.Logger LOG = System.getLogger(WriteQueue.class.getName());
    private static final int RETRIES = 10;
    /**
     * How long the writer waits for more results when it has only a few to commit: at a thousand results a second a
     * commit of one or two results costs more than their inserts. A flush, control work or stop ends the wait at once.
     */
    private static final long LINGER_MILLIS = 10;
    /** Batches of fewer appends than this wait up to {@link #LINGER_MILLIS} for more. */
    private static final int SMALL_BATCH = 64;

    /** One piece of work for the writer. */
    private sealed interface Op {}

    private record Append(ResultTable.Pending result) implements Op {}

    private record Barrier(CompletableFuture<@Nullable Void> done) implements Op {}

    private record Control(SqlWork work, CompletableFuture<@Nullable Void> done) implements Op {}

    private record Stop() implements Op {}

    /** Work done inside a transaction of the write connection. */
    @FunctionalInterface
    interface SqlWork {
        void run(Connection connection) throws SQLException;
    }

    private final Database database;
    private final Connection connection;
    private final BlockingQueue<Op> queue;
    private final int maxBatch;
    private final Thread thread;
    /** The result insert, prepared on the first batch and kept while the writer runs (only the writer uses it). */
    private @Nullable PreparedStatement upsert;

    private volatile @Nullable StoreException failure;
    private volatile boolean reported;
    private volatile boolean closed;

    /** Starts the writer on {@code connection}, which it owns and closes when stopped. */
    WriteQueue(Database database, Connection connection, int capacity, int maxBatch) {
        this.database = database;
        this.connection = connection;
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.maxBatch = maxBatch;
        this.thread =
                Thread.ofPlatform().name("assay-store-writer").daemon(true).start(this::loop);
    }

    void append(ResultTable.Pending result) {
        StoreException broken = failure;
        if (broken != null) {
            reported = true;
            throw again(broken);
        }
        put(new Append(result));
    }

    /** Returns once everything enqueued before it is committed; throws the failure of any result write. */
    void flush() {
        CompletableFuture<@Nullable Void> done = new CompletableFuture<>();
        put(new Barrier(done));
        await(done);
    }

    /** Runs {@code work} in its own transaction on the writer, after everything enqueued before it. */
    void execute(SqlWork work) {
        CompletableFuture<@Nullable Void> done = new CompletableFuture<>();
        put(new Control(work, done));
        await(done);
    }

    /**
     * Writes everything queued, then stops the writer and closes its connection; throws a result write failure that
     * no append or flush has reported yet.
     */
    void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            while (!queue.offer(new Stop(), 100, TimeUnit.MILLISECONDS) && thread.isAlive()) {
                // The writer is busy with a full queue: wait for room.
            }
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while closing run store " + database.name(), e);
        }
        StoreException broken = failure;
        if (broken != null && !reported) {
            reported = true;
            throw again(broken);
        }
    }

    private void put(Op op) {
        if (closed) {
            throw new StoreException("run store " + database.name() + " is closed");
        }
        try {
            while (!queue.offer(op, 100, TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) {
                    throw new StoreException("run store " + database.name() + " is closed");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while writing to run store " + database.name(), e);
        }
    }

    private void await(CompletableFuture<@Nullable Void> done) {
        try {
            while (!done.isDone()) {
                try {
                    done.get(200, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    if (!thread.isAlive()) {
                        failLeftovers(); // enqueued just as the writer stopped
                    }
                }
            }
            done.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while waiting for the run store", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof StoreException s) {
                reported |= failure != null;
                throw again(s);
            }
            if (cause instanceof AssayException a) {
                throw a;
            }
            throw new StoreException("run store write failed: " + cause, e);
        }
    }

    /** The same failure, thrown again with this caller's stack. */
    private static StoreException again(StoreException e) {
        return new StoreException(String.valueOf(e.getMessage()), e);
    }

    private void loop() {
        List<Op> batch = new ArrayList<>(maxBatch);
        boolean stop = false;
        try {
            while (!stop) {
                batch.clear();
                batch.add(queue.take());
                queue.drainTo(batch, maxBatch - 1);
                linger(batch);
                stop = process(batch);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeConnection();
            failLeftovers();
        }
    }

    /**
     * Collects more results for up to {@link #LINGER_MILLIS} while the batch is a few appends and nothing else; ends as
     * soon as anything other than an append (a flush, control work, stop) arrives.
     */
    private void linger(List<Op> batch) throws InterruptedException {
        int limit = Math.min(SMALL_BATCH, maxBatch);
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(LINGER_MILLIS);
        int checked = 0;
        while (batch.size() < limit) {
            for (; checked < batch.size(); checked++) {
                if (!(batch.get(checked) instanceof Append)) {
                    return;
                }
            }
            long left = deadline - System.nanoTime();
            Op more = left > 0 ? queue.poll(left, TimeUnit.NANOSECONDS) : null;
            if (more == null) {
                return;
            }
            batch.add(more);
            queue.drainTo(batch, maxBatch - batch.size());
        }
    }

    /** Commits the appends of a batch together, running control work in order between them. */
    private boolean process(List<Op> batch) {
        List<ResultTable.Pending> appends = new ArrayList<>(batch.size());
        List<CompletableFuture<@Nullable Void>> waiting = new ArrayList<>();
        boolean stop = false;
        for (Op op : batch) {
            switch (op) {
                case Append a -> appends.add(a.result());
                case Barrier b -> waiting.add(b.done());
                case Control c -> {
                    commit(appends);
                    release(waiting);
                    control(c);
                }
                case Stop s -> stop = true;
            }
        }
        commit(appends);
        release(waiting);
        return stop;
    }

    private void commit(List<ResultTable.Pending> appends) {
        if (appends.isEmpty() || failure != null) {
            appends.clear();
            return;
        }
        try {
            Set<String> runIds = new HashSet<>();
            appends.forEach(p -> runIds.add(p.result().runId()));
            transaction(c -> {
                database.dialect().lockRuns(c, runIds);
                ResultTable.upsert(upsertStatement(c), appends);
            });
        } catch (SQLException | RuntimeException e) {
            StoreException broken = database.failure("write " + appends.size() + " results to", e);
            LOG.log(Level.ERROR, broken.getMessage());
            failure = broken;
        }
        appends.clear();
    }

    private PreparedStatement upsertStatement(Connection c) throws SQLException {
        PreparedStatement s = upsert;
        if (s == null) {
            s = ResultTable.prepareUpsert(c);
            upsert = s;
        }
        return s;
    }

    /** Drops the prepared insert (after a failed write, and when stopping): the next batch prepares a new one. */
    private void closeUpsert() {
        PreparedStatement s = upsert;
        upsert = null;
        if (s != null) {
            try {
                s.close();
            } catch (SQLException e) {
                LOG.log(Level.WARNING, "closing a statement on " + database.name() + " failed: " + e.getMessage());
            }
        }
    }

    private void release(List<CompletableFuture<@Nullable Void>> waiting) {
        StoreException broken = failure;
        for (CompletableFuture<@Nullable Void> done : waiting) {
            if (broken == null) {
                done.complete(null);
            } else {
                done.completeExceptionally(broken);
            }
        }
        waiting.clear();
    }

    private void control(Control c) {
        try {
            transaction(c.work());
            c.done().complete(null);
        } catch (AssayException e) {
            c.done().completeExceptionally(e);
        } catch (SQLException | RuntimeException e) {
            c.done().completeExceptionally(database.failure("write to", e));
        }
    }

    /**
     * Runs work in one transaction, again after a random, growing pause when the database says a retry may succeed:
     * writers in other processes touching the same keys in another order can deadlock with this one.
     */
    private void transaction(SqlWork work) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                work.run(connection);
                connection.commit();
                return;
            } catch (SQLException | RuntimeException e) {
                rollback();
                closeUpsert();
                if (!(e instanceof SQLException s) || !database.dialect().retriable(s) || attempt >= RETRIES) {
                    throw e;
                }
                LOG.log(Level.DEBUG, "retrying a write to " + database.name() + " after " + s.getMessage());
                pause(attempt);
            }
        }
    }

    private static void pause(int attempt) throws SQLException {
        long base = Math.min(2_000, 10L << attempt);
        try {
            Thread.sleep(ThreadLocalRandom.current().nextLong(base / 2, base + 1));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting to retry a write", e);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "rollback failed on " + database.name() + ": " + e.getMessage());
        }
    }

    private void closeConnection() {
        closeUpsert();
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "closing " + database.name() + " failed: " + e.getMessage());
        }
    }

    private void failLeftovers() {
        StoreException closedError = new StoreException("run store " + database.name() + " is closed");
        for (Op op = queue.poll(); op != null; op = queue.poll()) {
            switch (op) {
                case Barrier b -> b.done().completeExceptionally(closedError);
                case Control c -> c.done().completeExceptionally(closedError);
                case Append a -> {}
                case Stop s -> {}
            }
        }
    }
}
