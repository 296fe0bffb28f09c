package sg.assay.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Both vendors' migrations make the same tables and columns; skipped unless PostgreSQL is available. */
@ExtendWith(NeedsPostgres.class)
class SchemaEquivalenceTest {
    @TempDir
    Path dir;

    @Test
    void sqliteAndPostgresHaveTheSameTablesAndColumns() throws Exception {
        String url = TestPostgres.freshSchema("assay_test_schema");
        Database postgres = new Database(new PostgresDialect(), url, "postgres");
        Database sqlite =
                new Database(new SqliteDialect(Duration.ofSeconds(1)), "jdbc:sqlite:" + dir.resolve("s.db"), "sqlite");
        postgres.migrate();
        sqlite.migrate();
        postgres.migrate();

        String expected = Schemas.describe(sqlite);
        assertThat(expected).contains("results.result_json not null", "runs.summary_json null");
        assertThat(Schemas.describe(postgres)).isEqualTo(expected);
        postgres.close();
        sqlite.close();
    }
}
