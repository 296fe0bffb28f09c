package sg.assay.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import sg.assay.StoreException;

/**
 * One SQL database holding runs: its vendor dialect, connections for the writer and for readers, its migrations, and
 * a name for messages that never shows a password.
 */
final class Database implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    private final Dialect dialect;
    private final DataSource writerSource;
    private final DataSource readerSource;
    private final String name;

    Database(Dialect dialect, String url, String name) {
        this.dialect = dialect;
        this.writerSource = dialect.dataSource(url, true);
        this.readerSource = dialect.dataSource(url, false);
        this.name = name;
    }

    Dialect dialect() {
        return dialect;
    }

    String name() {
        return name;
    }

    /**
     * The newest schema version among the migrations of every vendor (their version numbers are shared); a test checks
     * it against the migration files.
     */
    static final int SCHEMA_VERSION = 1;

    /**
     * Brings the schema to the newest version; running it again changes nothing. A store already at the newest
     * version is recognised with one query, without starting Flyway (which costs about a second of start-up).
     */
    void migrate() {
        if (current()) {
            return;
        }
        try {
            MigrateResult result = Flyway.configure(Database.class.getClassLoader())
                    .dataSource(writerSource)
                    .locations(dialect.migrations())
                    .failOnMissingLocations(true)
                    .loggers(MigrationLog.class.getName())
                    .load()
                    .migrate();
            if (result.migrationsExecuted > 0) {
                LOG.log(
                        System.Logger.Level.DEBUG,
                        "run store " + name + " migrated to schema version " + result.targetSchemaVersion);
            }
        } catch (RuntimeException e) {
            throw failure("open", e);
        }
    }

    /** Whether Flyway's history says the schema is at {@link #SCHEMA_VERSION} and no migration failed. */
    private boolean current() {
        String sql = "SELECT count(*), sum(CASE WHEN success THEN 0 ELSE 1 END),"
                + " max(CASE WHEN success THEN CAST(version AS INTEGER) END)"
                + " FROM flyway_schema_history WHERE version IS NOT NULL";
        try (Connection c = readerSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(sql)) {
            return rows.next()
                    && rows.getLong(1) > 0
                    && rows.getLong(2) == 0
                    && rows.getInt(3) == SCHEMA_VERSION
                    && !rows.wasNull();
        } catch (SQLException e) {
            return false; // no history table yet (a new store), or not readable: let Flyway decide
        }
    }

    /** A connection with auto-commit off: the caller commits or rolls back. */
    Connection connect(boolean writer) throws SQLException {
        Connection connection = (writer ? writerSource : readerSource).getConnection();
        try {
            if (writer) {
                dialect.prepareWriter(connection);
            }
            connection.setAutoCommit(false);
            return connection;
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
    }

    /** Closes the readers' connections where they are pooled. */
    @Override
    public void close() {
        for (DataSource source : List.of(readerSource, writerSource)) {
            if (source instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    LOG.log(System.Logger.Level.WARNING, "closing connections of " + name + " failed: " + e);
                }
            }
        }
    }

    /** A one-line store failure naming this database and the innermost cause. */
    StoreException failure(String action, Throwable e) {
        Throwable root = e;
        for (Throwable next = e.getCause(); next != null; next = next.getCause()) {
            root = next;
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String line = message.strip().lines().findFirst().orElse("");
        return new StoreException("cannot " + action + " run store " + name + ": " + line, e);
    }
}
