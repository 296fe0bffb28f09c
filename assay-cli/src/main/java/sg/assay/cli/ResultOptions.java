package sg.assay.cli;

import picocli.CommandLine.Option;

/** How a command that runs or resumes work prints its results: {@code --json}, {@code --no-progress}. */
final class ResultOptions {
    @Option(names = "--json", description = "print the results as JSON")
    boolean json;

    @Option(names = "--no-progress", description = "do not show progress")
    boolean noProgress;

    /** Whether to draw a progress bar: not with JSON output, not when turned off. */
    boolean progress() {
        return !noProgress && !json;
    }
}
