package sg.assay.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import javax.sql.DataSource;

/**
 * What differs between the SQL databases a run store can use: migrations, connection settings and how timestamps are
 * kept. Everything else (the tables, the upsert, the queries) is shared SQL.
 */
sealed interface Dialect permits SqliteDialect, PostgresDialect {

    /** The Flyway location of this vendor's migrations; the version numbers are shared between vendors. */
    String migrations();

    /**
     * Connections to the database at {@code url} with this vendor's settings; {@code writer} for the single writer
     * (and migrations), otherwise for readers.
     */
    DataSource dataSource(String url, boolean writer);

    /** Settings of the writer's connection that its data source cannot carry. */
    default void prepareWriter(Connection connection) throws SQLException {}

    /**
     * Called first in a transaction that writes results of these runs: serializes writers of the same run across
     * processes where the database needs it, so that their row locks cannot deadlock.
     */
    default void lockRuns(Connection connection, Collection<String> runIds) throws SQLException {}

    void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException;

    Instant instant(ResultSet rows, String column) throws SQLException;

    /**
     * Whether the driver runs native code, which virtual threads must never block in: reads are then moved to
     * platform threads.
     */
    boolean nativeDriver();

    /**
     * Whether a failed write transaction may succeed when run again: a deadlock or serialization failure (SQL state
     * class 40) anywhere in the exception's chain, as batch failures wrap the database's error.
     */
    default boolean retriable(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            for (SQLException s = t instanceof SQLException q ? q : null; s != null; s = s.getNextException()) {
                String state = s.getSQLState();
                if (state != null && state.startsWith("40")) {
                    return true;
                }
            }
        }
        return false;
    }
}
