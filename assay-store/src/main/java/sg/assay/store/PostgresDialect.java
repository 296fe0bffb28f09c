package sg.assay.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** PostgreSQL: timestamps as {@code timestamptz}; the driver is pure Java, so virtual threads may call it. */
record PostgresDialect() implements Dialect {

    @Override
    public String migrations() {
        return "classpath:db/migration/postgres";
    }

    @Override
    public DataSource dataSource(String url, boolean writer) {
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        if (source.getApplicationName() == null || source.getApplicationName().equals("PostgreSQL JDBC Driver")) {
            source.setApplicationName(writer ? "assay-store-writer" : "assay-store");
        }
        return source;
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
