package sg.assay.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.run.Execution;
import sg.assay.run.Limits;
import sg.assay.run.RunStatus;
import sg.assay.run.RunStore;
import sg.assay.task.RunOptions;
import sg.assay.task.SuiteDefinition;
import sg.assay.task.TaskDefinition;
import sg.assay.task.TaskFiles;

/** {@code assay run TASK}: runs a bundled task or suite, or a task file, against a target. */
@Command(name = "run", description = "Run a task or suite (bundled name or YAML file) against a target.")
final class RunCommand implements Callable<Integer> {
    private final Wiring wiring;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Parameters(index = "0", paramLabel = "TASK", description = "bundled task or suite name, or a task YAML file")
    String task = "";

    @Option(
            names = {"-t", "--target"},
            paramLabel = "SPEC",
            description = "system under test, e.g. mock/echo")
    @Nullable
    String target;

    @Option(names = "--scorer", paramLabel = "SPEC", description = "scorer(s) replacing the task's (repeatable)")
    List<String> scorers = new ArrayList<>();

    @Option(names = "--solver", paramLabel = "SPEC", description = "solver(s) replacing the task's chain (repeatable)")
    List<String> solvers = new ArrayList<>();

    @Option(
            names = "--epochs",
            defaultValue = "${env:ASSAY_EPOCHS:-0}",
            description = "epochs per sample (default: the task's)")
    int epochs;

    @Option(
            names = "--reducer",
            paramLabel = "SPEC",
            description = "epoch reducer: mean, max, min, median, at-least:k=K, pass-at:k=K")
    @Nullable
    String reducer;

    @Option(
            names = "--limit",
            defaultValue = "${env:ASSAY_LIMIT:-0}",
            description = "at most this many samples (0: all)")
    int limit;

    @Option(
            names = "--max-connections",
            defaultValue = "${env:ASSAY_MAX_CONNECTIONS:-16}",
            description = "concurrent requests to the target (default: ${DEFAULT-VALUE})")
    int maxConnections;

    @Option(
            names = "--timeout",
            defaultValue = "${env:ASSAY_TIMEOUT:-120}",
            description = "per-request timeout in seconds (default: ${DEFAULT-VALUE})")
    double timeout;

    @Option(
            names = "--sample-time-limit",
            defaultValue = "${env:ASSAY_SAMPLE_TIME_LIMIT:-0}",
            description = "per-sample time limit in seconds, retries included (0: none)")
    double sampleTimeLimit;

    @Option(
            names = "--rpm",
            defaultValue = "${env:ASSAY_RPM:-0}",
            description = "request rate limit per minute (0: none)")
    double rpm;

    @Option(
            names = "--tpm",
            defaultValue = "${env:ASSAY_TPM:-0}",
            description = "token rate limit per minute (0: none)")
    long tpm;

    @Option(
            names = "--max-retries",
            defaultValue = "${env:ASSAY_MAX_RETRIES:-6}",
            description = "retries of a retriable error (default: ${DEFAULT-VALUE})")
    int maxRetries;

    @Option(
            names = "--fail-on-error",
            defaultValue = "${env:ASSAY_FAIL_ON_ERROR:-1.0}",
            description =
                    "fail the run past this many failed samples: a count (>= 1) or a fraction (< 1); 1.0 never fails")
    double failOnError;

    @Option(
            names = "--seed",
            defaultValue = "${env:ASSAY_SEED:-42}",
            description = "seed for shuffling and request seeds (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--shuffle", description = "shuffle samples (seeded)")
    boolean shuffle;

    @Option(
            names = "--filter",
            paramLabel = "FIELD=VALUE",
            description = "select samples, e.g. kind=harmful or language=ms|id (repeatable)")
    List<String> filters = new ArrayList<>();

    @Option(names = "--cache", description = "reuse cached responses for identical requests")
    boolean cache;

    @Option(names = "--json", description = "print the result as JSON (the shape of `runs show --json`)")
    boolean json;

    @Option(names = "--no-progress", description = "do not show progress")
    boolean noProgress;

    RunCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    @Override
    public Integer call() {
        SuiteDefinition suite = TaskFiles.load(task);
        RunOptions options = options();
        String suiteId = "";
        List<Execution> planned = new ArrayList<>();
        for (TaskDefinition t : suite.tasks()) {
            planned.add(wiring.planner().plan(t, options));
        }
        if (suite.tasks().size() > 1) {
            suiteId = SuiteIds.next(wiring.clock());
            List<Execution> withSuite = new ArrayList<>();
            for (Execution e : planned) {
                withSuite.add(SuiteIds.assign(e, suiteId));
            }
            planned = withSuite;
        }
        PrintStream out = System.out;
        try (RunStore store = wiring.openStore(common.store())) {
            RunSession session = new RunSession(wiring, store, System.err, !noProgress && !json);
            List<RunSession.Outcome> outcomes = new ArrayList<>();
            for (Execution e : planned) {
                RunSession.Outcome o = session.execute(e);
                outcomes.add(o);
                if (o.run().status() != RunStatus.COMPLETED) {
                    break;
                }
            }
            Output.results(out, store, suite.name(), suiteId, outcomes, json);
            return Output.exitCode(outcomes);
        }
    }

    RunOptions options() {
        Map<String, String> f = new LinkedHashMap<>();
        for (String kv : filters) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw new ConfigException("--filter expects FIELD=VALUE: " + kv);
            }
            f.put(kv.substring(0, eq).strip(), kv.substring(eq + 1).strip());
        }
        if (timeout <= 0) {
            throw new ConfigException("--timeout must be positive: " + timeout);
        }
        if (sampleTimeLimit < 0) {
            throw new ConfigException("--sample-time-limit must not be negative: " + sampleTimeLimit);
        }
        Limits limits = new Limits(
                maxConnections,
                limit,
                Duration.ofMillis((long) (timeout * 1000)),
                Duration.ofMillis((long) (sampleTimeLimit * 1000)),
                rpm,
                tpm,
                maxRetries,
                failOnError);
        if (epochs < 0) {
            throw new ConfigException("--epochs must not be negative: " + epochs);
        }
        return new RunOptions(
                Optional.ofNullable(target).map(Spec::parse),
                scorers.stream().map(Spec::parse).toList(),
                solvers.stream().map(Spec::parse).toList(),
                epochs,
                Optional.ofNullable(reducer),
                seed,
                shuffle,
                f,
                limits,
                cache,
                "");
    }
}
