package sg.assay.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** PostgreSQL: timestamps as {@code timestamptz}; the driver is pure Java, so virtual threads may call it. */
record PostgresDialect() implements Dialect {
    /** The first key of Assay's advisory locks, apart from other applications' (the ASCII of "asy"). */
    private static final int ADVISORY_LOCK_SPACE = 0x617379;
    /** Reader connections kept open at most. */
    private static final int READERS = 4;

    @Override
    public String migrations() {
        return "classpath:db/migration/postgres";
    }

    /**
     * The writer's own connection, or for readers a small pool: opening a PostgreSQL connection (with password
     * authentication) costs milliseconds, a read from the pool does not.
     */
    @Override
    public DataSource dataSource(String url, boolean writer) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        source.setApplicationName(writer ? "assay-store-writer" : "assay-store");
        if (writer) {
            return source;
        }
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(source);
        pool.setPoolName("assay-store-readers");
        pool.setMaximumPoolSize(READERS);
        pool.setMinimumIdle(0);
        pool.setIdleTimeout(60_000);
        pool.setAutoCommit(false);
        pool.setInitializationFailTimeout(-1);
        return new HikariDataSource(pool);
    }

    /**
     * Takes a transaction-scoped advisory lock per run, in one global order, so that processes writing the same keys
     * in different orders wait for each other instead of deadlocking. Runs are keyed by their id's
     * {@link String#hashCode} (specified, so equal in every JVM); two runs sharing a hash only wait needlessly.
     */
    @Override
    public void lockRuns(Connection connection, Collection<String> runIds) throws SQLException {
        int[] keys =
                runIds.stream().mapToInt(String::hashCode).distinct().sorted().toArray();
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            for (int key : keys) {
                s.setInt(1, ADVISORY_LOCK_SPACE);
                s.setInt(2, key);
                s.executeQuery().close();
            }
        }
    }

    @Override
    public void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException {
        statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    @Override
    public Instant instant(ResultSet rows, String column) throws SQLException {
        return rows.getObject(column, OffsetDateTime.class).toInstant();
    }

    @Override
    public boolean nativeDriver() {
        return false;
    }
}
