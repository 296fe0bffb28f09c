package sg.assay.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sg.assay.Component;
import sg.assay.ConfigException;
import sg.assay.Registry;
import sg.assay.dataset.Dataset;
import sg.assay.dataset.DatasetLibrary;
import sg.assay.dataset.DatasetLoader;
import sg.assay.dataset.FieldMapping;
import sg.assay.dataset.LoadOptions;
import sg.assay.guard.Guards;
import sg.assay.mock.MockTargets;
import sg.assay.run.Engine;
import sg.assay.run.RunStore;
import sg.assay.score.Scorer;
import sg.assay.score.Scorers;
import sg.assay.score.judge.Judges;
import sg.assay.score.refusal.RefusalClassifier;
import sg.assay.score.refusal.RefusalScorers;
import sg.assay.solve.Solver;
import sg.assay.solve.Solvers;
import sg.assay.store.RunStores;
import sg.assay.target.Target;
import sg.assay.targets.Env;
import sg.assay.targets.TargetCatalog;
import sg.assay.targets.Targets;
import sg.assay.task.Catalog;
import sg.assay.task.RunPlanner;

/**
 * The composition root: builds the registries, the store, the engine and the planner in plain Java, in readable
 * order. Nothing else in Assay knows every implementation.
 */
public final class Wiring {
    private final Map<String, String> env;
    private final AssayHome home;
    private final Clock clock;
    private @org.jspecify.annotations.Nullable Catalog catalog;

    public Wiring(Map<String, String> env, Clock clock) {
        this.env = Map.copyOf(env);
        this.home = AssayHome.from(env);
        this.clock = clock;
    }

    public static Wiring standard() {
        return new Wiring(System.getenv(), Clock.systemUTC());
    }

    private Catalog buildCatalog() {
        Registry<Target> targets = new Registry<>("target");
        MockTargets.components().forEach(targets::register);
        Guards.components().forEach(targets::register);
        sg.assay.target.moderation.ModerationTargets.components(Env.of(env)).forEach(targets::register);
        sg.assay.target.guard.GuardTargets.components(Env.of(env)).forEach(targets::register);
        sg.assay.target.contentsafety.ContentSafetyTargets.components(Env.of(env))
                .forEach(targets::register);
        sg.assay.target.embedhead.EmbedHeadTargets.components(Env.of(env)).forEach(targets::register);
        sg.assay.onnx.OnnxTargets.components().forEach(targets::register);
        RefusalClassifier refusals = RefusalClassifier.standard();
        sg.assay.redteam.mock.RedteamMocks.components(refusals).forEach(targets::register);
        List<Component<Target>> http = Targets.components(Env.of(env));
        http.forEach(targets::register);
        targetCatalog().components(http).forEach(targets::register);
        Registry<Solver> solvers = new Registry<>("solver");
        Solvers.components().forEach(solvers::register);
        sg.assay.probe.Probes.solvers().forEach(solvers::register);
        sg.assay.redteam.RedteamComponents.solvers(
                        targets, ref -> resolveDataset(ref, Path.of("."), Map.of()), refusals)
                .forEach(solvers::register);
        Registry<Scorer> scorers = new Registry<>("scorer");
        Scorers.components().forEach(scorers::register);
        RefusalScorers.components(refusals).forEach(scorers::register);
        Judges.components(targets::create, () -> refusals).forEach(scorers::register);
        scorers.register(sg.assay.classify.ClassificationScorer.component(targets::create));
        sg.assay.probe.Probes.scorers(sg.assay.probe.OnlineRegistry::fromEnvironment)
                .forEach(scorers::register);
        sg.assay.redteam.RedteamComponents.scorers(targets::create).forEach(scorers::register);
        return new Catalog(targets, solvers, scorers);
    }

    /**
     * Named targets from {@code $ASSAY_TARGETS} (a YAML file) or {@code $ASSAY_HOME/targets.yaml} when it exists.
     */
    private TargetCatalog targetCatalog() {
        String file = env.get("ASSAY_TARGETS");
        if (file != null && !file.isBlank()) {
            return TargetCatalog.load(Path.of(file));
        }
        Path fallback = home.root().resolve("targets.yaml");
        return java.nio.file.Files.isRegularFile(fallback) ? TargetCatalog.load(fallback) : TargetCatalog.empty();
    }

    public Map<String, String> env() {
        return env;
    }

    public AssayHome home() {
        return home;
    }

    public Clock clock() {
        return clock;
    }

    /** The registries, built on first use so that a bad targets file is reported as a command's error. */
    public synchronized Catalog catalog() {
        Catalog c = catalog;
        if (c == null) {
            c = buildCatalog();
            catalog = c;
        }
        return c;
    }

    /** Opens the store at a location (file path or JDBC URL), or the default SQLite file under the Assay home. */
    public RunStore openStore(Optional<String> location) {
        String where = location.filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(env.get("ASSAY_STORE")).filter(s -> !s.isBlank()))
                .orElse(home.store().toString());
        return RunStores.open(where);
    }

    public Engine engine(RunStore store) {
        return new Engine(store, clock, Duration.ofMillis(500));
    }

    public DatasetLibrary library() {
        return new DatasetLibrary(home.datasets());
    }

    public RunPlanner planner() {
        return new RunPlanner(catalog(), this::resolveDataset, Version.provenance(), home.cache(), clock);
    }

    Dataset resolveDataset(String reference, Path baseDir, Map<String, String> fields) {
        if (DatasetLibrary.isReference(reference)) {
            return BundledData.dataset(reference.substring(DatasetLibrary.PREFIX.length()))
                    .orElseGet(() -> library().resolve(reference));
        }
        if (reference.startsWith("suite:")) {
            return BundledData.suite(reference.substring("suite:".length()));
        }
        Path file = baseDir.resolve(reference);
        if (!java.nio.file.Files.isRegularFile(file)) {
            throw new ConfigException("dataset file not found: " + file);
        }
        return new DatasetLoader(FieldMapping.of(fields), LoadOptions.defaults()).load(file);
    }
}
