package sg.assay.cli;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Options every command accepts. */
final class CommonOptions {
    @Option(
            names = "--store",
            paramLabel = "PATH|URL",
            description = "run store: a SQLite file or a jdbc: URL (default: $ASSAY_STORE or $ASSAY_HOME/assay.db)")
    @Nullable
    String store;

    @Option(names = "--debug", description = "print stack traces of errors")
    boolean debug;

    @Option(
            names = {"-h", "--help"},
            usageHelp = true,
            description = "show this help and exit")
    boolean help;

    Optional<String> store() {
        return Optional.ofNullable(store);
    }
}
