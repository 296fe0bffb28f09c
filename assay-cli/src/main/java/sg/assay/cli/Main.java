package sg.assay.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import sg.assay.AssayException;
import sg.assay.ConfigException;

/** The entry point: builds the wiring, runs the command, and maps every error to one line and an exit code. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        System.exit(run(Wiring.standard(), args));
    }

    /** Runs a command line and returns its exit code: 0 ok, 1 failure, 2 user error, 130 interrupted. */
    public static int run(Wiring wiring, String... args) {
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        configureLogging(debug);
        CommandLine cli = new CommandLine(new AssayCommand(), new CommandFactory(wiring));
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        helpEverywhere(cli);
        cli.setParameterExceptionHandler((ex, a) -> {
            PrintWriter err = ex.getCommandLine().getErr();
            err.println("error: " + firstLine(ex.getMessage()));
            String usage = ex.getCommandLine().getCommandName();
            err.println("see: " + qualified(ex.getCommandLine()) + " --help");
            return usage.isEmpty() ? 2 : 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (debug) {
                ex.printStackTrace(err);
            }
            err.println("error: " + firstLine(message(ex)));
            return exitCode(ex);
        });
        return cli.execute(args);
    }

    /** Gives {@code -h/--help} to every command and subcommand that does not declare it itself. */
    static void helpEverywhere(CommandLine c) {
        CommandLine.Model.CommandSpec spec = c.getCommandSpec();
        if (spec.findOption("--help") == null && spec.findOption("-h") == null) {
            spec.addOption(CommandLine.Model.OptionSpec.builder("-h", "--help")
                    .usageHelp(true)
                    .description("Show this help message and exit.")
                    .build());
        }
        c.getSubcommands().values().forEach(Main::helpEverywhere);
    }

    static int exitCode(Throwable ex) {
        if (ex instanceof ConfigException) {
            return 2;
        }
        return 1;
    }

    private static String message(Throwable ex) {
        if (ex instanceof AssayException) {
            return String.valueOf(ex.getMessage());
        }
        return "internal error: " + ex.getClass().getSimpleName()
                + (ex.getMessage() == null ? "" : ": " + ex.getMessage()) + " (run with --debug for details)";
    }

    private static String qualified(CommandLine c) {
        StringBuilder sb = new StringBuilder();
        for (CommandLine p = c; p != null; p = p.getParent()) {
            sb.insert(0, p.getCommandName() + (sb.isEmpty() ? "" : " "));
        }
        return sb.toString();
    }

    static String firstLine(@org.jspecify.annotations.Nullable String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static void configureLogging(boolean debug) {
        Logger root = Logger.getLogger("");
        root.setLevel(debug ? Level.FINE : Level.WARNING);
        for (var h : root.getHandlers()) {
            h.setLevel(debug ? Level.FINE : Level.WARNING);
            h.setFormatter(new java.util.logging.SimpleFormatter() {
                @Override
                public String format(java.util.logging.LogRecord r) {
                    return r.getLevel() + " " + r.getLoggerName() + ": " + formatMessage(r) + System.lineSeparator();
                }
            });
        }
    }
}
