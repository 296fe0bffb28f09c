package sg.assay.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sg.assay.ConfigException;
import sg.assay.classify.Threshold;
import sg.assay.guard.FeatureSpace;
import sg.assay.guard.GuardEvaluation;
import sg.assay.guard.GuardModel;
import sg.assay.guard.GuardSplit;
import sg.assay.guard.GuardTrainer;
import sg.assay.guard.GuardTraining;
import sg.assay.guard.GuardVerdict;

/** {@code assay guard}: train, evaluate and try the embedded guard classifier ({@code local/guard}). */
@Command(
        name = "guard",
        mixinStandardHelpOptions = true,
        description = "Train, evaluate and try the embedded guard classifier (local/guard).")
public final class GuardCommand {
    private final Wiring wiring;

    @picocli.CommandLine.Spec
    @SuppressWarnings("NullAway.Init")
    CommandSpec spec;

    GuardCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    @Command(
            name = "train",
            mixinStandardHelpOptions = true,
            description = "Train the guard reproducibly on the bundled suite and permissively licensed shared data"
                    + " sets, split by intent; prints held-out metrics.")
    int train(
            @Option(names = "--data", description = "the shared datasets folder (default: $ASSAY_DATASETS)") @Nullable
                    Path data,
            @Option(names = "--out", required = true, description = "model file to write") Path outFile,
            @Option(names = "--split", description = "split to keep (default: the one shipped with the model)")
                    @Nullable
                    Path split,
            @Option(names = "--split-out", description = "write the split used to this file") @Nullable Path splitOut,
            @Option(names = "--report", description = "write the held-out metrics as Markdown to this file") @Nullable
                    Path report,
            @Option(
                            names = "--lambda",
                            split = ",",
                            description = "L2 strengths to try (default: 3e-4,1e-4,3e-5,1e-5,3e-6)")
                    @Nullable
                    List<Double> lambdas,
            @Option(
                            names = "--objective",
                            defaultValue = "balanced-accuracy",
                            description =
                                    "threshold objective on validation: balanced-accuracy (youden), f1, recall@X or"
                                            + " precision@X")
                    String objective) {
        GuardTrainer.Options defaults = GuardTrainer.Options.defaults();
        GuardTrainer.Options options = new GuardTrainer.Options(
                FeatureSpace.standard(),
                lambdas == null || lambdas.isEmpty() ? defaults.lambdas() : lambdas,
                Threshold.Objective.parse(objective),
                defaults.maxIterations());
        GuardSplit fixed = split == null ? GuardSplit.bundled() : GuardSplit.read(split);
        GuardTraining.Outcome o = new GuardTraining(datasets(data), fixed, options).run();
        o.result().model().write(outFile);
        if (splitOut != null) {
            write(splitOut, o.result().split().text());
        }
        Map<String, String> info = o.result().model().header().info();
        String md = "lambda " + info.get("lambda") + ", threshold "
                + String.format(Locale.ROOT, "%.4f", o.result().model().threshold()) + ", validation AUROC "
                + info.get("validation_auroc") + "; validation AUROC by lambda "
                + o.result().validationAuroc()
                + "\n\n## Test side (held out)\n\n" + o.test().markdown()
                + "\n## Measurement-only sets (never trained on)\n\n"
                + o.measurementOnly().markdown();
        if (report != null) {
            write(report, md);
        }
        out().println("wrote " + outFile + " (" + info.get("train_examples") + " training examples)");
        out().println(md);
        return 0;
    }

    @Command(
            name = "evaluate",
            mixinStandardHelpOptions = true,
            description = "Measure a guard model on the held-out test side and the measurement-only sets.")
    int evaluate(
            @Option(names = "--data", description = "the shared datasets folder (default: $ASSAY_DATASETS)") @Nullable
                    Path data,
            @Option(names = "--model", description = "model file (default: the bundled model)") @Nullable Path model,
            @Option(names = "--split", description = "split file (default: the bundled split)") @Nullable Path split) {
        GuardModel m = model == null ? GuardModel.bundled() : GuardModel.read(model);
        GuardSplit s = split == null ? GuardSplit.bundled() : GuardSplit.read(split);
        List<GuardEvaluation> evals = GuardTraining.evaluate(m, datasets(data), s);
        out().println("## Test side (held out)\n\n" + evals.get(0).markdown());
        out().println("## Measurement-only sets (never trained on)\n\n"
                + evals.get(1).markdown());
        return 0;
    }

    @Command(
            name = "validate-hate",
            mixinStandardHelpOptions = true,
            description = "Measure a guard model against the human-annotated hate-speech sets in the shared datasets"
                    + " folder (SGHateCheck, SEAHateCheck, ViHSD, Indonesian Twitter): accuracy, F1, kappa, AUROC.")
    int validateHate(
            @Option(names = "--data", description = "the shared datasets folder (default: $ASSAY_DATASETS)") @Nullable
                    Path data,
            @Option(names = "--model", description = "model file (default: the bundled model)") @Nullable Path model) {
        GuardModel m = model == null ? GuardModel.bundled() : GuardModel.read(model);
        List<sg.assay.guard.GuardExample> examples = sg.assay.guard.HumanLabelled.all(datasets(data));
        if (examples.isEmpty()) {
            throw new ConfigException("no human-annotated hate-speech files found under " + datasets(data));
        }
        out().println(GuardEvaluation.of(m, examples).markdown());
        return 0;
    }

    @Command(
            name = "classify",
            mixinStandardHelpOptions = true,
            description =
                    "Classify texts with the bundled guard (score = probability of a harmful request); one line per"
                            + " text: the decision, the score, the threshold, a tab and the text.")
    int classify(
            @Option(names = "--model", description = "model file (default: the bundled model)") @Nullable Path model,
            @Option(
                            names = "--threshold",
                            description = "flag when the score is at least this, in [0, 1] (default: the model's)")
                    @Nullable
                    Double threshold,
            @Parameters(paramLabel = "<text>", arity = "1..*", description = "texts to classify") List<String> texts) {
        GuardModel base = model == null ? GuardModel.bundled() : GuardModel.read(model);
        GuardModel m = threshold == null ? base : base.withThreshold(threshold);
        for (String t : texts) {
            GuardVerdict v = m.classify(t);
            out().println(String.format(
                    Locale.ROOT,
                    "%s %.4f (threshold %.4f)\t%s",
                    v.flagged() ? "flagged" : "allowed",
                    v.score(),
                    v.threshold(),
                    t.replaceAll("\\s+", " ").strip()));
        }
        return 0;
    }

    private Path datasets(@Nullable Path data) {
        if (data != null) {
            return data;
        }
        String env = wiring.env().get("ASSAY_DATASETS");
        if (env == null || env.isBlank()) {
            throw new ConfigException("no datasets folder given; pass --data <shared/datasets> or set ASSAY_DATASETS");
        }
        return Path.of(env);
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
