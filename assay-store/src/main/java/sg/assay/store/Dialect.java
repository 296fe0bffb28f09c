package sg.assay.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * What differs between the SQL databases a run store can use: migrations, connection settings and how timestamps are
 * kept. Everything else (the tables, the upsert, the queries) is shared SQL.
 */
sealed interface Dialect permits SqliteDialect {

    /** The Flyway location of this vendor's migrations; the version numbers are shared between vendors. */
    String migrations();

    /**
     * Connections to the database at {@code url} with this vendor's settings; {@code writer} for the single writer
     * (and migrations), otherwise for readers.
     */
    DataSource dataSource(String url, boolean writer);

    void setInstant(PreparedStatement statement, int index, Instant value) throws SQLException;

    Instant instant(ResultSet rows, String column) throws SQLException;

    /**
     * Whether the driver runs native code, which virtual threads must never block in: reads are then moved to
     * platform threads.
     */
    boolean nativeDriver();

    /** Whether a failed write transaction may succeed when run again (deadlock, serialization failure). */
    default boolean retriable(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith("40");
    }
}
