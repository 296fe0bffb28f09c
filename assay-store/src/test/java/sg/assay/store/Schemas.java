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

    /** The sorted {@code table.column} names of the store's tables (Flyway's own history left out). */
    static String describe(Database database) throws SQLException {
        TreeSet<String> columns = new TreeSet<>();
        try (Connection c = database.connect(false)) {
            DatabaseMetaData meta = c.getMetaData();
            try (ResultSet rows = meta.getColumns(null, null, "%", "%")) {
                while (rows.next()) {
                    String table = rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (table.equals("runs") || table.equals("results")) {
                        columns.add(table + "." + rows.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
            c.rollback();
        }
        return String.join("\n", columns);
    }
}
