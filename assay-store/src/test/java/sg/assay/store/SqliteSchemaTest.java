package sg.assay.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
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

    @Test
    void schemaVersionIsTheNewestMigrationOfEveryVendor() throws Exception {
        for (String vendor : List.of("sqlite", "postgres")) {
            Path folder = Path.of("src/main/resources/db/migration", vendor);
            int newest;
            try (Stream<Path> files = Files.list(folder)) {
                newest = files.map(f -> f.getFileName().toString())
                        .filter(n -> n.matches("V\\d+__.*\\.sql"))
                        .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                        .max()
                        .orElseThrow();
            }
            assertThat(Database.SCHEMA_VERSION).as(vendor).isEqualTo(newest);
        }
    }

    @Test
    void aCurrentStoreOpensWithoutFlywayAndAStaleHistoryMigratesAgain() throws Exception {
        Path file = dir.resolve("fast.db");
        Database database = new Database(new SqliteDialect(Duration.ofSeconds(1)), "jdbc:sqlite:" + file, "x");
        database.migrate();
        try (Connection c = database.connect(true);
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE runs");
            c.commit();
        }
        database.migrate(); // the history says current: no Flyway, so the dropped table stays dropped
        assertThat(Schemas.describe(database)).doesNotContain("runs.summary_json");

        try (Connection c = database.connect(true);
                Statement s = c.createStatement()) {
            s.execute("DROP TABLE results");
            s.execute("DELETE FROM flyway_schema_history");
            c.commit();
        }
        database.migrate(); // no history: Flyway runs and builds the schema again
        assertThat(Schemas.describe(database)).contains("results.result_json", "runs.summary_json");
    }
}
