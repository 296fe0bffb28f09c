package sg.assay.store;

import java.nio.file.Path;
import sg.assay.run.RunStore;

/**
 * A process that appends results to a SQLite store and says after every flush how many are durable, until it is
 * killed. Used by {@link KillTest}; not a test itself.
 */
public final class KilledWriter {
    private KilledWriter() {}

    public static void main(String[] args) {
        RunStore store = SqliteRunStore.open(Path.of(args[0]));
        int total = Integer.parseInt(args[1]);
        for (int i = 0; i < total; i++) {
            store.append(Fixtures.completed("r", "s" + i, 1));
            if ((i + 1) % 100 == 0) {
                store.flush();
                System.out.println("flushed " + (i + 1));
                System.out.flush();
            }
        }
        store.close();
        System.out.println("done");
    }
}
