package sg.assay.store;

import java.util.regex.Pattern;
import sg.assay.ConfigException;

/**
 * A run store in PostgreSQL, for teams and for several processes writing into one database: each process has its
 * own group-committing writer, and the database enforces the exactly-once key of every result.
 */
public final class PostgresRunStore extends SqlRunStore {
    private static final Pattern USER_INFO = Pattern.compile("//[^/@?]*@");

    private PostgresRunStore(Database database, int capacity, int maxBatch) {
        super(database, capacity, maxBatch);
    }

    /**
     * Opens the store at a {@code jdbc:postgresql://host:port/database?user=...&password=...} URL and migrates its
     * schema to the newest version.
     */
    public static PostgresRunStore open(String url) {
        return open(url, QUEUE_CAPACITY, MAX_BATCH);
    }

    static PostgresRunStore open(String url, int capacity, int maxBatch) {
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new ConfigException(
                    "not a PostgreSQL URL: '" + safeName(url) + "'; expected jdbc:postgresql://host/db");
        }
        return new PostgresRunStore(new Database(new PostgresDialect(), url, safeName(url)), capacity, maxBatch);
    }

    /** The URL without its parameters and user information, which may hold a password. */
    static String safeName(String url) {
        int query = url.indexOf('?');
        String bare = query < 0 ? url : url.substring(0, query);
        return USER_INFO.matcher(bare).replaceFirst("//");
    }
}
