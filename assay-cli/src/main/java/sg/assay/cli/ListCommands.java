package sg.assay.cli;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import sg.assay.Component;
import sg.assay.report.ReportJson;
import sg.assay.task.SuiteDefinition;
import sg.assay.task.TaskFiles;

/** {@code assay tasks | targets | scorers | solvers}: what can be named on the command line, with parameters. */
final class ListCommands {
    private ListCommands() {}

    /** A component as listed by {@code --json}. */
    record ComponentView(String name, String description, List<ParamView> params) {}

    /** A documented parameter. */
    record ParamView(String name, String description, String defaultValue, boolean required) {}

    /** A bundled task or suite as listed by {@code --json}. */
    record TaskView(
            String name,
            String description,
            String kind,
            List<String> tasks,
            List<String> datasets,
            List<String> scorers) {}

    static int print(Collection<? extends Component<?>> components, boolean json) {
        List<ComponentView> views = components.stream()
                .map(c -> new ComponentView(
                        c.name(),
                        c.description(),
                        c.params().stream()
                                .map(p -> new ParamView(p.name(), p.description(), p.defaultValue(), p.required()))
                                .toList()))
                .toList();
        if (json) {
            System.out.println(ReportJson.writePretty(views));
            return 0;
        }
        for (ComponentView c : views) {
            System.out.println(c.name() + "  —  " + c.description());
            for (ParamView p : c.params()) {
                System.out.println("    " + p.name() + (p.required() ? " (required)" : "=" + p.defaultValue()) + "  "
                        + p.description());
            }
        }
        return 0;
    }

    @Command(name = "targets", description = "List the targets (systems under test) and their parameters.")
    static final class Targets implements Callable<Integer> {
        private final Wiring wiring;

        @Option(names = "--json", description = "print a JSON array")
        boolean json;

        Targets(Wiring wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() {
            return print(wiring.catalog().targets().components(), json);
        }
    }

    @Command(name = "scorers", description = "List the scorers and their parameters.")
    static final class Scorers implements Callable<Integer> {
        private final Wiring wiring;

        @Option(names = "--json", description = "print a JSON array")
        boolean json;

        Scorers(Wiring wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() {
            return print(wiring.catalog().scorers().components(), json);
        }
    }

    @Command(name = "solvers", description = "List the solvers and their parameters.")
    static final class Solvers implements Callable<Integer> {
        private final Wiring wiring;

        @Option(names = "--json", description = "print a JSON array")
        boolean json;

        Solvers(Wiring wiring) {
            this.wiring = wiring;
        }

        @Override
        public Integer call() {
            return print(wiring.catalog().solvers().components(), json);
        }
    }

    @Command(name = "tasks", description = "List the bundled tasks and suites.")
    static final class Tasks implements Callable<Integer> {
        @Option(names = "--json", description = "print a JSON array")
        boolean json;

        @Override
        public Integer call() {
            List<TaskView> views = TaskFiles.bundledNames().stream()
                    .map(name -> {
                        SuiteDefinition s = TaskFiles.load(name);
                        return new TaskView(
                                name,
                                s.description(),
                                s.tasks().size() > 1 ? "suite" : "task",
                                s.tasks().stream().map(t -> t.name()).toList(),
                                s.tasks().stream()
                                        .map(t -> t.dataset())
                                        .distinct()
                                        .toList(),
                                s.tasks().stream()
                                        .flatMap(t -> t.scorers().stream())
                                        .map(sg.assay.Spec::render)
                                        .distinct()
                                        .toList());
                    })
                    .toList();
            if (json) {
                System.out.println(ReportJson.writePretty(views));
                return 0;
            }
            for (TaskView v : views) {
                System.out.println(v.name() + " (" + v.kind() + ")  —  " + v.description());
                System.out.println("    dataset " + String.join(", ", v.datasets()) + "; scorers "
                        + String.join(", ", v.scorers()));
            }
            return 0;
        }
    }
}
