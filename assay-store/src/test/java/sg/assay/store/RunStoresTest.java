package sg.assay.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import sg.assay.ConfigException;

class RunStoresTest {
    @TempDir
    Path dir;

    @Test
    void aPathOpensASqliteFile() {
        Path file = dir.resolve("a.db");
        try (SqlRunStore store = RunStores.open(file.toString())) {
            assertThat(store).isInstanceOf(SqliteRunStore.class);
        }
        assertThat(file).exists();
    }

    @Test
    void aSqliteUrlOpensItsFile() {
        Path file = dir.resolve("b.db");
        try (SqlRunStore store = RunStores.open("jdbc:sqlite:" + file)) {
            assertThat(store).isInstanceOf(SqliteRunStore.class);
            assertThat(store.location()).isEqualTo(file.toString());
        }
        assertThat(Files.exists(file)).isTrue();
    }

    @Test
    void anInMemorySqliteUrlIsRefused() {
        assertThatThrownBy(() -> RunStores.open("jdbc:sqlite::memory:"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("jdbc:sqlite::memory:");
    }

    @Test
    void anUnknownSchemeIsAConfigErrorNamingOnlyTheScheme() {
        assertThatThrownBy(() -> RunStores.open("jdbc:mysql://db.example/assay?password=secret"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'jdbc:mysql'")
                .hasMessageNotContaining("secret");
        assertThatThrownBy(() -> RunStores.open("postgres://u:secret@db.example/assay"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("'postgres'")
                .hasMessageNotContaining("secret");
    }

    @Test
    void aPostgresUrlOpensPostgres() {
        String url = TestPostgres.freshSchema("assay_test_stores");
        try (SqlRunStore store = RunStores.open(url)) {
            assertThat(store).isInstanceOf(PostgresRunStore.class);
        }
    }

    @Test
    void postgresNamesHideCredentials() {
        assertThat(PostgresRunStore.safeName("jdbc:postgresql://u:pw@127.0.0.1:5432/assay?password=pw"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/assay");
    }
}
