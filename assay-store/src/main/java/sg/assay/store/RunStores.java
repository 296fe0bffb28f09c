package sg.assay.store;

import java.nio.file.Path;
import java.util.Locale;
import sg.assay.ConfigException;

/** Opens the run store a location names: a SQLite file path, a {@code jdbc:sqlite:} or a {@code jdbc:postgresql:} URL. */
public final class RunStores {
    private static final String SQLITE = "jdbc:sqlite:";
    private static final String POSTGRES = "jdbc:postgresql:";

    private RunStores() {}

    /**
     * Opens (creating or migrating when needed) the store at {@code location}.
     *
     * @throws ConfigException when the location names a kind of database Assay does not support
     */
    public static SqlRunStore open(String location) {
        String trimmed = location.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (trimmed.isEmpty()) {
            throw new ConfigException("the run store location is empty; expected a file path or a jdbc: URL");
        }
        if (lower.startsWith(POSTGRES)) {
            return PostgresRunStore.open(trimmed);
        }
        if (lower.startsWith(SQLITE)) {
            String file = trimmed.substring(SQLITE.length());
            if (file.isEmpty() || file.startsWith(":memory:") || file.contains("mode=memory")) {
                throw new ConfigException(
                        "run store '" + trimmed + "' is not a file; expected jdbc:sqlite:<path to a file>");
            }
            return SqliteRunStore.open(Path.of(file.startsWith("file:") ? file.substring(5) : file));
        }
        if (lower.startsWith("jdbc:") || lower.matches("^[a-z][a-z0-9+.-]+://.*")) {
            String scheme = lower.startsWith("jdbc:")
                    ? "jdbc:" + lower.substring(5).split(":", 2)[0]
                    : lower.substring(0, lower.indexOf(':'));
            throw new ConfigException("run store scheme '" + scheme
                    + "' is not supported; expected a file path, jdbc:sqlite:<file> or jdbc:postgresql://host/db");
        }
        return SqliteRunStore.open(Path.of(trimmed));
    }
}
