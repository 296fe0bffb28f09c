package sg.assay.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** SQLite: WAL with {@code synchronous=NORMAL}, timestamps as microseconds since the epoch. */
record SqliteDialect(Duration busyTimeout) implements Dialect {

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
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl(url);
        return source;
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
