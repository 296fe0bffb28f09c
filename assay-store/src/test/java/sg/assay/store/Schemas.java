package sg.assay.store;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.TreeSet;

/** Describes a migrated schema through JDBC metadata, for comparing vendors and migrations. */
final class Schemas {
    private Schemas() {}

    /**
     * One sorted line per column of the store's tables (Flyway's own history left out): {@code table.column null} or
     * {@code table.column not null}.
     */
    static String describe(Database database) throws SQLException {
        TreeSet<String> columns = new TreeSet<>();
        try (Connection c = database.connect(false)) {
            String schema = database.dialect() instanceof PostgresDialect ? c.getSchema() : null;
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rows = meta.getColumns(null, schema, "%", "%")) {
                while (rows.next()) {
                    String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (table.equals("runs") || table.equals("results")) {
                        String column = rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                        boolean nullable = rows.getInt("NULLABLE") == DatabaseMetaData.columnNullable;
                        columns.add(table + "." + column + (nullable ? " null" : " not null"));
                    }
                }
            }
            c.rollback();
        }
        return String.join("\n", columns);
    }
}
