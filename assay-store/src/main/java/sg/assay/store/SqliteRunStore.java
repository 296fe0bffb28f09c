package sg.assay.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import sg.assay.StoreException;

/**
 * The default run store: one SQLite file in WAL mode with {@code synchronous=NORMAL}, written by one platform thread
 * that commits queued results in groups.
 */
public final class SqliteRunStore extends SqlRunStore {
    private static final Duration BUSY_TIMEOUT = Duration.ofSeconds(10);

    private SqliteRunStore(Database database, int capacity, int maxBatch) {
        super(database, capacity, maxBatch);
    }

    /**
     * Opens the store in {@code dbFile}, creating it and its parent directories when missing and migrating its
     * schema to the newest version.
     *
     * @throws StoreException when the file is not a SQLite database, is corrupt, or stays locked by another process
     */
    public static SqliteRunStore open(Path dbFile) {
        return open(dbFile, BUSY_TIMEOUT, QUEUE_CAPACITY, MAX_BATCH);
    }

    static SqliteRunStore open(Path dbFile, Duration busyTimeout, int capacity, int maxBatch) {
        Path file = dbFile.toAbsolutePath().normalize();
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException(
                    "cannot create the directory of run store " + file + " ("
                            + e.getClass().getSimpleName() + ")",
                    e);
        }
        if (Files.isDirectory(file)) {
            throw new StoreException("run store " + file + " is a directory; expected a SQLite file");
        }
        Database database = new Database(new SqliteDialect(busyTimeout), "jdbc:sqlite:" + file, file.toString());
        return new SqliteRunStore(database, capacity, maxBatch);
    }
}
