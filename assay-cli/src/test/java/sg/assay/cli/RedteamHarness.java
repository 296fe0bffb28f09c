package sg.assay.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Runs the red-team and convert commands in-process (or as a child process, through {@link #main}) under a test-only
 * root command, until the lead registers them in {@link AssayCommand}; errors map to exit codes as in {@link Main}.
 */
final class RedteamHarness {
    @Command(
            name = "assay",
            subcommands = {RedteamCommand.class, ConvertCommand.class, RunsCommand.class})
    static final class Root {}

    private final Path home;

    RedteamHarness(Path home) {
        this.home = home;
    }

    static int run(Wiring wiring, String... args) {
        CommandLine cli = new CommandLine(new Root(), new CommandFactory(wiring));
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("error: " + Main.firstLine(ex.getMessage()));
            return Main.exitCode(ex);
        });
        return cli.execute(args);
    }

    /** The child-process entry point for the kill -9 test. */
    public static void main(String[] args) {
        System.exit(run(Wiring.standard(), args));
    }

    CliHarness.Result run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = run(new Wiring(Map.of("ASSAY_HOME", home.toString()), Clock.systemUTC()), args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        return new CliHarness.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
