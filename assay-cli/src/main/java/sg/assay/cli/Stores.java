package sg.assay.cli;

import java.nio.file.Path;
import sg.assay.ConfigException;
import sg.assay.run.RunStore;
import sg.assay.store.SqliteRunStore;

/** Opens the run store a location names: a SQLite file path or a {@code jdbc:sqlite:} URL. */
final class Stores {
    private Stores() {}

    static RunStore open(String location) {
        if (location.startsWith("jdbc:sqlite:")) {
            return SqliteRunStore.open(Path.of(location.substring("jdbc:sqlite:".length())));
        }
        if (location.startsWith("jdbc:")) {
            throw new ConfigException(
                    "store URL not supported: " + location + "; expected a SQLite file path or jdbc:sqlite:PATH");
        }
        return SqliteRunStore.open(Path.of(location));
    }
}
