package sg.assay.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import sg.assay.Component;
import sg.assay.Registry;
import sg.assay.Spec;
import sg.assay.convert.Converter;
import sg.assay.redteam.RedteamComponents;
import sg.assay.redteam.mock.RedteamMocks;
import sg.assay.score.Scorer;
import sg.assay.score.refusal.RefusalClassifier;
import sg.assay.solve.Solver;
import sg.assay.target.Target;
import sg.assay.task.Catalog;
import sg.assay.task.RunPlanner;

/**
 * The red-team components added to the wiring's registries: the red-team mock targets, the attack solver and the
 * attack-success scorer. Components the composition root already registers are kept as they are, so this keeps
 * working once the lead registers them in {@link Wiring}.
 */
final class RedteamWiring {
    private final Wiring wiring;
    private final Catalog catalog;

    RedteamWiring(Wiring wiring) {
        this.wiring = wiring;
        RefusalClassifier refusals = RefusalClassifier.standard();
        Registry<Target> targets = copy(wiring.catalog().targets());
        addMissing(targets, RedteamMocks.components(refusals));
        Registry<Solver> solvers = copy(wiring.catalog().solvers());
        addMissing(
                solvers,
                RedteamComponents.solvers(
                        targets, ref -> wiring.resolveDataset(ref, Path.of("."), Map.of()), refusals));
        Registry<Scorer> scorers = copy(wiring.catalog().scorers());
        addMissing(scorers, RedteamComponents.scorers(targets::create));
        this.catalog = new Catalog(targets, solvers, scorers);
    }

    private static <T> Registry<T> copy(Registry<T> from) {
        Registry<T> to = new Registry<>(from.kind());
        from.components().forEach(to::register);
        return to;
    }

    private static <T> void addMissing(Registry<T> to, java.util.List<Component<T>> components) {
        for (Component<T> c : components) {
            if (to.find(c.name()).filter(f -> f.name().equals(c.name())).isEmpty()) {
                to.register(c);
            }
        }
    }

    Catalog catalog() {
        return catalog;
    }

    RunPlanner planner() {
        return new RunPlanner(
                catalog,
                wiring::resolveDataset,
                Version.provenance(),
                wiring.home().cache(),
                wiring.clock());
    }

    /** Deterministic and model-driven converters; model-driven ones use {@code model} when they name none. */
    Registry<Converter> converters(Optional<Spec> model) {
        return RedteamComponents.converters(catalog.targets(), model);
    }
}
