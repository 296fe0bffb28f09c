package sg.assay.task;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.dataset.Dataset;
import sg.assay.dataset.Sample;
import sg.assay.metric.Reducer;
import sg.assay.run.DatasetRef;
import sg.assay.run.Execution;
import sg.assay.run.FileResponseCache;
import sg.assay.run.Provenance;
import sg.assay.run.ResponseCache;
import sg.assay.run.RunRecord;
import sg.assay.run.RunSpec;
import sg.assay.run.RunStatus;
import sg.assay.score.Scorer;
import sg.assay.solve.Solver;
import sg.assay.target.Target;

/**
 * Turns a task and the user's options into an {@link Execution}, and a stored run back into one for resume. Sample
 * selection (filters, seeded shuffle, limit) is deterministic, so a resumed run selects exactly the same samples.
 */
public final class RunPlanner {
    private final Catalog catalog;
    private final DatasetResolver datasets;
    private final Provenance provenance;
    private final Path cacheDir;
    private final Clock clock;
    private final SplittableRandom ids;

    public RunPlanner(Catalog catalog, DatasetResolver datasets, Provenance provenance, Path cacheDir, Clock clock) {
        this.catalog = catalog;
        this.datasets = datasets;
        this.provenance = provenance;
        this.cacheDir = cacheDir;
        this.clock = clock;
        this.ids = new SplittableRandom();
    }

    public Execution plan(TaskDefinition task, RunOptions options) {
        Dataset dataset = datasets.resolve(task.dataset(), task.baseDir(), task.fields());
        Map<String, String> filters = new LinkedHashMap<>(task.filters());
        filters.putAll(options.filters());
        List<Spec> solvers = new ArrayList<>();
        if (!task.systemPrompt().isEmpty()) {
            solvers.add(Spec.of("system-prompt", Map.of("text", task.systemPrompt())));
        }
        solvers.addAll(options.solvers().isEmpty() ? task.solvers() : options.solvers());
        if (solvers.stream()
                .noneMatch(s -> s.name().equals("generate") || s.name().equals("turns"))) {
            solvers.add(Spec.of("generate"));
        }
        List<Spec> scorers = options.scorers().isEmpty() ? task.scorers() : options.scorers();
        Spec target = options.target()
                .or(() -> task.target().isEmpty() ? Optional.empty() : Optional.of(Spec.parse(task.target())))
                .orElseThrow(() -> new ConfigException("no target given: use --target (e.g. --target mock/echo)"));
        int epochs = options.epochs() > 0 ? options.epochs() : Math.max(1, task.epochs());
        String reducer = options.reducer().orElse(task.reducer());
        Target built = catalog.targets().create(target);
        DatasetRef ref = new DatasetRef(
                dataset.name(), sourceOf(task), dataset.digest(), dataset.size(), dataset.licence(), task.fields());
        RunSpec spec = new RunSpec(
                task.name(),
                ref,
                solvers,
                scorers,
                Spec.parse(built.describe()),
                epochs,
                reducer,
                options.seed(),
                options.shuffle(),
                filters,
                options.limits(),
                options.cache(),
                provenance);
        Instant now = clock.instant();
        RunRecord record =
                new RunRecord(newId(now), options.suiteId(), spec, RunStatus.RUNNING, now, now, "", Optional.empty());
        return build(record, false, dataset, built);
    }

    /** Rebuilds a stored run for resume; fails if its dataset changed since. */
    public Execution resume(RunRecord record) {
        RunSpec spec = record.spec();
        DatasetRef ref = spec.dataset();
        Dataset dataset = datasets.resolve(ref.source(), Path.of("."), ref.fields());
        if (!dataset.digest().equals(ref.digest())) {
            throw new ConfigException("dataset " + ref.source() + " changed since run " + record.id() + " (digest "
                    + dataset.digest() + ", run used " + ref.digest() + "); cannot resume");
        }
        return build(record, true, dataset, catalog.targets().create(spec.target()));
    }

    private Execution build(RunRecord record, boolean resume, Dataset dataset, Target target) {
        RunSpec spec = record.spec();
        List<Solver> solvers =
                spec.solvers().stream().map(catalog.solvers()::create).toList();
        List<Scorer> scorers =
                spec.scorers().stream().map(catalog.scorers()::create).toList();
        Reducer reducer = Reducer.of(Spec.parse(spec.reducer()));
        List<Sample> samples = select(dataset.samples(), spec);
        if (samples.isEmpty()) {
            throw new ConfigException(
                    "no samples selected from " + dataset.name() + " (filters " + spec.filters() + ")");
        }
        Optional<ResponseCache> cache = spec.cache() ? Optional.of(new FileResponseCache(cacheDir)) : Optional.empty();
        return new Execution(record, resume, samples, solvers, scorers, target, reducer, cache);
    }

    static List<Sample> select(List<Sample> all, RunSpec spec) {
        List<Sample> out = new ArrayList<>();
        for (Sample s : all) {
            if (matches(s, spec.filters())) {
                out.add(s);
            }
        }
        if (spec.shuffle()) {
            Collections.shuffle(out, new Random(spec.seed()));
        }
        int limit = spec.limits().limit();
        return limit > 0 && limit < out.size() ? List.copyOf(out.subList(0, limit)) : out;
    }

    /** A filter value may list alternatives separated by {@code |}. */
    static boolean matches(Sample s, Map<String, String> filters) {
        for (Map.Entry<String, String> f : filters.entrySet()) {
            Optional<String> v = s.field(f.getKey());
            if (v.isEmpty() || !List.of(f.getValue().split("\\|")).contains(v.get())) {
                return false;
            }
        }
        return true;
    }

    private static String sourceOf(TaskDefinition task) {
        String d = task.dataset();
        if (d.contains(":") && !d.matches("^[A-Za-z]:\\\\.*")) {
            return d;
        }
        return task.baseDir().resolve(d).toAbsolutePath().normalize().toString();
    }

    private String newId(Instant now) {
        String stamp = java.time.format.DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .withZone(java.time.ZoneOffset.UTC)
                .format(now);
        byte[] b = new byte[3];
        synchronized (ids) {
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) ids.nextInt(256);
            }
        }
        return stamp + "-" + HexFormat.of().formatHex(b);
    }
}
