package sg.assay.task;

import sg.assay.Registry;
import sg.assay.score.Scorer;
import sg.assay.solve.Solver;
import sg.assay.target.Target;

/** The registries a run draws its components from, built once in the composition root. */
public record Catalog(Registry<Target> targets, Registry<Solver> solvers, Registry<Scorer> scorers) {}
