package sg.assay.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import sg.assay.run.RunStore;

/**
 * A command that reads or writes the run store: takes the common options, opens the store they name, runs, and
 * closes it. Shared by the {@code runs} and {@code redteam} subcommands.
 */
abstract class StoreCommand implements Callable<Integer> {
    final Wiring wiring;

    @Mixin
    CommonOptions common = new CommonOptions();

    StoreCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public final Integer call() throws IOException {
        try (RunStore store = wiring.openStore(common.store())) {
            return call(store);
        }
    }

    /** The command's work, with the store open; returns the exit code. */
    abstract Integer call(RunStore store) throws IOException;
}
