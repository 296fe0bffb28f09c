package sg.assay.store;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;

/**
 * The PostgreSQL server tests use, named by system property or environment variable {@code ASSAY_TEST_PG_URL} (see
 * {@code scripts/ci-postgres.sh}). Each test class works in a schema of its own, dropped and made again on demand,
 * so nothing outside it is touched.
 */
final class TestPostgres {
    static final String VARIABLE = "ASSAY_TEST_PG_URL";

    private static final Set<String> PREPARED = new HashSet<>();

    private TestPostgres() {}

    /** The configured URL, or an empty string. */
    static String configured() {
        return System.getProperty(VARIABLE, System.getenv().getOrDefault(VARIABLE, ""));
    }

    /** The server's URL; skips the calling test when none is set. */
    static String url() {
        String url = configured();
        assumeTrue(
                !url.isBlank(),
                VARIABLE + " is not set: skipping PostgreSQL store tests (start one with scripts/ci-postgres.sh)");
        return url;
    }

    /** A URL whose connections work in {@code schema}, made anew (with no tables) first. */
    static String freshSchema(String schema) {
        String url = url();
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare schema " + schema + " at " + url, e);
        }
        return inSchema(url, schema);
    }

    /**
     * A URL whose connections work in {@code schema}: made anew the first time this JVM asks, emptied of runs and
     * results (but still migrated) after that, which is much faster.
     */
    static synchronized String emptySchema(String schema) {
        if (PREPARED.add(schema)) {
            return freshSchema(schema);
        }
        String url = inSchema(url(), schema);
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("TRUNCATE runs, results");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot empty schema " + schema, e);
        }
        return url;
    }

    static String inSchema(String url, String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
