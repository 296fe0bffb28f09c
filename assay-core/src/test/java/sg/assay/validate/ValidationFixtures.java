package sg.assay.validate;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import sg.assay.Registry;
import sg.assay.Spec;
import sg.assay.dataset.Dataset;
import sg.assay.dataset.imports.ImportOptions;
import sg.assay.dataset.imports.Importers;
import sg.assay.run.Engine;
import sg.assay.run.EngineListener;
import sg.assay.run.InMemoryRunStore;
import sg.assay.run.Provenance;
import sg.assay.run.RunRecord;
import sg.assay.score.Scorer;
import sg.assay.score.judge.Judges;
import sg.assay.score.refusal.RefusalClassifier;
import sg.assay.target.Target;

/** Runs validations end to end through the engine, against an in-memory store. */
final class ValidationFixtures {
    private static final java.util.function.Supplier<RefusalClassifier> REFUSALS = RefusalClassifier::standard;

    final InMemoryRunStore store = new InMemoryRunStore();

    static Dataset imported(String format, Path path) {
        return Importers.builtIn()
                .get(format)
                .read(path, ImportOptions.defaults())
                .dataset();
    }

    JudgeValidation.Subject subject(String spec, Target judge, ValidationOptions options) {
        Registry<Scorer> registry = new Registry<>("scorer");
        Judges.components(s -> judge, REFUSALS).forEach(registry::register);
        Spec s = Spec.parse(spec);
        return JudgeValidation.subject(registry.create(s), s, options.labels(), options.positive());
    }

    RunRecord run(Dataset d, String spec, Target judge, ValidationOptions options, String id) {
        JudgeValidation.Subject subject = subject(spec, judge, options);
        JudgeValidation.Prepared prepared = JudgeValidation.prepare(d, subject, options);
        var ex = JudgeValidation.plan(
                d,
                "test:" + d.name(),
                subject,
                prepared,
                options,
                id,
                Instant.now(),
                new Provenance("test", "test", "test", "test", "test"));
        return new Engine(store, Clock.systemUTC(), Duration.ofMillis(1)).execute(ex, EngineListener.NONE);
    }

    ValidationReport report(RunRecord run, List<String> by) {
        return ValidationReport.load(store, run, by, 300);
    }
}
