package sg.assay.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** SQLite: WAL with {@code synchronous=NORMAL}, timestamps as microseconds since the epoch. */
record SqliteDialect(Duration busyTimeout) implements Dialect {
    /** The writer's page cache: the key index of a million results stays in memory. */
    private static final int WRITER_CACHE_KIB = 32 * 1024;
    /**
     * Pages the WAL may hold before a checkpoint copies them into the database; larger than the default 1000 so that
     * a group commit of a few thousand results does not checkpoint (and sync) every time.
     */
    private static final int WAL_CHECKPOINT_PAGES = 10_000;
    /** The size the WAL file is cut back to after a checkpoint. */
    private static final int WAL_SIZE_LIMIT = 64 * 1024 * 1024;

    @Override
    public String migrations() {
        return "classpath:db/migration/sqlite";
    }

    @Override
    public DataSource dataSource(String url, boolean writer) {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout((int) busyTimeout.toMillis());
        if (writer) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
            config.enforceForeignKeys(true);
            // Deferred transactions (the default): sqlite-jdbc begins the next transaction as soon as one commits, so
            // IMMEDIATE would hold the write lock while idle and lock out every other process. Our write
            // transactions start with a write, so they take the lock at once and wait for it (busy timeout).
            config.setCacheSize(-WRITER_CACHE_KIB);
            config.setJournalSizeLimit(WAL_SIZE_LIMIT);
        }
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url);
        return source;
    }

    @Override
    public void prepareWriter(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute("PRAGMA wal_autocheckpoint = " + WAL_CHECKPOINT_PAGES);
        }
    }

    @Override
    public void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setLong(index, ChronoUnit.MICROS.between(Instant.EPOCH, value));
    }

    @Override
    public Instant instant(ResultSet rows, String column) throws SQLException {
        return Instant.EPOCH.plus(rows.getLong(column), ChronoUnit.MICROS);
    }

    @Override
    public boolean nativeDriver() {
        return true;
    }
}
