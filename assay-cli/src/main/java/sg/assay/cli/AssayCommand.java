package sg.assay.cli;

import picocli.CommandLine.Command;

/** The {@code assay} command. */
@Command(
        name = "assay",
        mixinStandardHelpOptions = true,
        versionProvider = AssayCommand.VersionProvider.class,
        description = "AI safety and security assurance: evaluate, attack, guard, govern and prove.",
        subcommands = {
            RunCommand.class,
            RunsCommand.class,
            ReportCommand.class,
            DatasetsCommand.class,
            ParityCommand.class,
            PlanCommand.class,
            MockServerCommand.class,
            GuardCommand.class,
            JudgeCommand.class,
            FindingsCommand.class,
            RedteamCommand.class,
            ConvertCommand.class,
            KeysCommand.class,
            SignCommand.class,
            VerifyCommand.class,
            ListCommands.Tasks.class,
            ListCommands.Targets.class,
            ListCommands.Scorers.class,
            ListCommands.Solvers.class
        })
public final class AssayCommand {

    /** Prints Assay's version. */
    static final class VersionProvider implements picocli.CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"assay " + Version.version()};
        }
    }
}
