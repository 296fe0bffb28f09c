package sg.assay.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteSchemaTest {
    @TempDir
    Path dir;

    @Test
    void migratingTwiceChangesNothing() throws Exception {
        Path file = dir.resolve("schema.db");
        Database database = new Database(new SqliteDialect(Duration.ofSeconds(1)), "jdbc:sqlite:" + file, "x");
        database.migrate();
        String first = Schemas.describe(database);
        database.migrate();

        assertThat(Schemas.describe(database)).isEqualTo(first);
        assertThat(first).contains("results.result_json", "runs.summary_json");
        try (Connection c = database.connect(false);
                Statement s = c.createStatement();
                ResultSet rows = s.executeQuery(
                        "SELECT count(*), min(success) FROM flyway_schema_history WHERE version IS NOT NULL")) {
            rows.next();
            assertThat(rows.getInt(1)).as("applied migrations").isEqualTo(1);
            assertThat(rows.getInt(2)).as("all succeeded").isEqualTo(1);
        }
    }
}
