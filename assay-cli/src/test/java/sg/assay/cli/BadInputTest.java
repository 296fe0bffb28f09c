package sg.assay.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every user mistake gives one line naming the value and what was expected, exit code 2 and no stack trace. */
class BadInputTest {
    @TempDir
    Path home;

    CliHarness cli;

    @BeforeEach
    void setUp() {
        cli = new CliHarness(home);
    }

    private void assertOneLineError(CliHarness.Result r, String... fragments) {
        assertThat(r.exit()).as(r.err()).isEqualTo(2);
        assertThat(r.err()).doesNotContain("Exception", "\tat ");
        String first = r.err().lines().findFirst().orElse("");
        assertThat(first).startsWith("error: ").contains(fragments);
    }

    @Test
    void help_of_a_command_needs_no_arguments() {
        CliHarness.Result r = cli.run("run", "--help");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("Usage: assay run", "--target");
    }

    @Test
    void every_command_and_subcommand_takes_help() {
        java.util.List<java.util.List<String>> paths = new java.util.ArrayList<>();
        collect(
                new picocli.CommandLine(
                        new AssayCommand(),
                        new CommandFactory(new Wiring(
                                java.util.Map.of("ASSAY_HOME", home.toString()), java.time.Clock.systemUTC()))),
                new java.util.ArrayList<>(),
                paths);
        assertThat(paths).hasSizeGreaterThan(30);
        for (java.util.List<String> path : paths) {
            java.util.List<String> args = new java.util.ArrayList<>(path);
            args.add("--help");
            CliHarness.Result r = cli.run(args.toArray(String[]::new));
            assertThat(r.exit()).as(String.join(" ", args) + ": " + r.err()).isZero();
            assertThat(r.out()).as(String.join(" ", args)).contains("Usage: assay");
        }
    }

    private static void collect(
            picocli.CommandLine c, java.util.List<String> path, java.util.List<java.util.List<String>> out) {
        out.add(java.util.List.copyOf(path));
        c.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandName().equals(name)) {
                java.util.List<String> next = new java.util.ArrayList<>(path);
                next.add(name);
                collect(sub, next, out);
            }
        });
    }

    @Test
    void unknown_task() {
        assertOneLineError(cli.run("run", "nosuchtask"), "task 'nosuchtask' not found", "demo");
    }

    @Test
    void unknown_target_scorer_and_parameter() {
        assertOneLineError(
                cli.run("run", "demo", "--target", "mock/nope"), "target 'mock/nope' not found", "mock/echo");
        assertOneLineError(cli.run("run", "demo", "--scorer", "exactt"), "scorer 'exactt' not found", "exact");
        assertOneLineError(cli.run("run", "demo", "--target", "mock/flaky:rte=0.1"), "unknown parameter 'rte'", "rate");
        assertOneLineError(cli.run("run", "demo", "--target", "mock/flaky:rate=abc"), "must be a number: abc");
    }

    @Test
    void unknown_option_and_bad_values() {
        assertOneLineError(cli.run("run", "demo", "--bogus"), "--bogus");
        assertOneLineError(cli.run("run", "demo", "--max-connections", "0"), "max-connections must be positive: 0");
        assertOneLineError(cli.run("run", "demo", "--filter", "language"), "FIELD=VALUE", "language");
        assertOneLineError(cli.run("runs", "show", "nosuchrun"), "run 'nosuchrun' not found");
    }

    @Test
    void malformed_yaml_gives_line_and_column() throws Exception {
        Path task = home.resolve("bad.yaml");
        Files.writeString(task, "name: bad\ndataset: x.jsonl\nscorers: [exact\n");
        assertOneLineError(cli.run("run", task.toString(), "--target", "mock/echo"), "bad.yaml:", "malformed YAML");
        Files.writeString(task, "name: bad\ndataset: x.jsonl\nscorerz: [exact]\n");
        assertOneLineError(cli.run("run", task.toString()), "unknown key 'scorerz'");
    }

    @Test
    void bad_dataset_row_gives_file_and_line() throws Exception {
        Path data = home.resolve("data.jsonl");
        Files.writeString(data, "{\"id\":\"a\",\"input\":\"hi\"}\n{\"id\":\"b\",\"input\":\"ok\"}\n{not json\n");
        Path task = home.resolve("t.yaml");
        Files.writeString(task, "name: t\ndataset: data.jsonl\nscorers: [exact]\n");
        CliHarness.Result r = cli.run("run", task.toString(), "--target", "mock/echo");
        assertOneLineError(r, "data.jsonl:3");
    }

    @Test
    void nothing_stored_is_lost_after_a_bad_command() {
        String id = cli.run("run", "demo", "--json").json().get("id").asText();
        cli.run("run", "demo", "--scorer", "exactt");
        assertThat(cli.run("runs", "show", id, "--json")
                        .json()
                        .at("/samples/completed")
                        .asInt())
                .isEqualTo(10);
    }
}
