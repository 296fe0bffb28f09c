package sg.assay.guard;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sg.assay.guard.GuardSplit.Side;

/**
 * The whole training of the shipped guard in one call: read the trainable sources from the shared datasets folder
 * and the bundled suite, keep the given split, train, and measure on the test side and on the measurement-only
 * sets ({@code sea-smoke}, never trained on, and MultiJail, whose six extra languages the model never saw).
 *
 * @param datasets the shared datasets folder
 * @param fixed the split to keep (normally the shipped one)
 * @param options how to train
 */
public record GuardTraining(Path datasets, GuardSplit fixed, GuardTrainer.Options options) {

    /** What training produced and what it measured. */
    public record Outcome(GuardTrainer.Result result, GuardEvaluation test, GuardEvaluation measurementOnly) {}

    public Outcome run() {
        List<GuardExample> examples = GuardSources.read(GuardSources.training(), datasets);
        List<GuardExample> heldOut = GuardSources.suite(GuardSources.SEA_SMOKE);
        Map<String, String> strata = GuardSources.suiteStrata("sea-safety");
        GuardTrainer.Result result = new GuardTrainer(options).train(examples, strata, fixed, heldOut);
        GuardModel model = result.model();
        GuardEvaluation test = GuardEvaluation.of(model, result.sides().test());
        GuardEvaluation other = GuardEvaluation.of(model, GuardSources.read(GuardSources.measurementOnly(), datasets));
        return new Outcome(result, test, other);
    }

    /**
     * Measures a model on the test side of a split and on the measurement-only sets, without training: what
     * {@code assay guard evaluate} prints.
     */
    public static List<GuardEvaluation> evaluate(GuardModel model, Path datasets, GuardSplit split) {
        List<GuardExample> examples = GuardSources.read(GuardSources.training(), datasets);
        List<GuardExample> heldOut = GuardSources.suite(GuardSources.SEA_SMOKE);
        GuardSplit full = GuardSplit.assign(examples, GuardSources.suiteStrata("sea-safety"), split);
        List<GuardExample> test =
                new ArrayList<>(GuardTrainer.sides(examples, full, heldOut).test());
        test.removeIf(e -> full.side(e.group()) != Side.TEST);
        return List.of(
                GuardEvaluation.of(model, test),
                GuardEvaluation.of(model, GuardSources.read(GuardSources.measurementOnly(), datasets)));
    }
}
