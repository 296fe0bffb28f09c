package sg.assay.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import sg.assay.run.RunStore;

/** The store contract on PostgreSQL; skipped unless {@code ASSAY_TEST_PG_URL} names a server. */
@ExtendWith(NeedsPostgres.class)
class PostgresRunStoreTest extends RunStoreContract {
    private static final String SCHEMA = "assay_test_contract";
    private String url = "";

    @Override
    protected RunStore openEmpty() {
        url = TestPostgres.emptySchema(SCHEMA);
        return PostgresRunStore.open(url);
    }

    @Override
    protected RunStore reopen() {
        return PostgresRunStore.open(url);
    }

    @Test
    void messagesNeverShowThePassword() {
        assertThat(((SqlRunStore) store).location())
                .startsWith("jdbc:postgresql://")
                .doesNotContain("password")
                .doesNotContain("?");
    }
}
