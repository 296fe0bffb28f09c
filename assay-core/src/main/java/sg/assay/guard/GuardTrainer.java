package sg.assay.guard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import sg.assay.AssayException;
import sg.assay.ConfigException;
import sg.assay.classify.Curves;
import sg.assay.classify.Scored;
import sg.assay.classify.Threshold;
import sg.assay.guard.GuardSplit.Side;

/**
 * Trains the guard reproducibly: split by intent group, drop from training every text that also appears on the
 * validation or test side (and every held-out suite text), weight examples so both classes weigh the same within
 * each language, fit one model per λ on the training side, keep the λ with the best validation AUROC, choose the
 * threshold on validation, and measure once on the test side. Nothing random is involved, so the same data gives the
 * same model file.
 */
public final class GuardTrainer {
    private static final System.Logger LOG = System.getLogger(GuardTrainer.class.getName());

    /**
     * How to train.
     *
     * @param space the feature space
     * @param lambdas the L2 strengths to try
     * @param objective what the threshold maximises on validation
     * @param maxIterations L-BFGS iterations per fit
     */
    public record Options(FeatureSpace space, List<Double> lambdas, Threshold.Objective objective, int maxIterations) {
        public Options {
            lambdas = List.copyOf(lambdas);
            if (lambdas.isEmpty()) {
                throw new ConfigException("at least one lambda is needed");
            }
        }

        public static Options defaults() {
            return new Options(
                    FeatureSpace.standard(),
                    List.of(3e-4, 1e-4, 3e-5, 1e-5, 3e-6),
                    Threshold.Objective.BALANCED_ACCURACY,
                    300);
        }
    }

    /** A trained model, the split it used, and the validation AUROC of every λ tried. */
    public record Result(GuardModel model, GuardSplit split, Map<Double, Double> validationAuroc, Sides sides) {}

    /** The examples on each side after de-duplication. */
    public record Sides(List<GuardExample> train, List<GuardExample> validation, List<GuardExample> test) {
        public Sides {
            train = List.copyOf(train);
            validation = List.copyOf(validation);
            test = List.copyOf(test);
        }
    }

    private final Options options;

    public GuardTrainer(Options options) {
        this.options = options;
    }

    /**
     * @param examples trainable examples (all sides are taken from these)
     * @param strata stratum per group for stratified placement (e.g. the suite's category/kind)
     * @param fixed the split to keep (the shipped one, or empty)
     * @param heldOut texts that must never be trained on (e.g. the sea-smoke suite)
     */
    public Result train(
            List<GuardExample> examples, Map<String, String> strata, GuardSplit fixed, List<GuardExample> heldOut) {
        GuardSplit split = GuardSplit.assign(examples, strata, fixed);
        Sides sides = sides(examples, split, heldOut);
        if (sides.train().isEmpty() || sides.validation().isEmpty()) {
            throw new ConfigException("guard training needs examples on the train and validation sides");
        }
        Map<String, SparseVector> cache = new HashMap<>();
        List<LogisticRegression.Example> train = weighted(sides.train(), cache);
        Map<Double, Double> auroc = new LinkedHashMap<>();
        LogisticRegression.Fit best = null;
        double bestLambda = Double.NaN;
        double bestAuroc = -1;
        for (double lambda : options.lambdas()) {
            LogisticRegression.Fit fit =
                    new LogisticRegression(options.space().dimension(), lambda, options.maxIterations()).fit(train);
            double a = Curves.of(scores(fit, sides.validation(), cache)).auroc();
            LOG.log(
                    System.Logger.Level.INFO,
                    "lambda {0}: validation AUROC {1}, {2} iterations",
                    lambda,
                    a,
                    fit.iterations());
            auroc.put(lambda, a);
            if (a > bestAuroc) {
                bestAuroc = a;
                best = fit;
                bestLambda = lambda;
            }
        }
        if (best == null) {
            throw new AssayException("no guard model could be fitted");
        }
        Threshold t = Threshold.choose(scores(best, sides.validation(), cache), options.objective());
        Map<String, String> info = new TreeMap<>();
        info.put("lambda", Double.toString(bestLambda));
        info.put("objective", options.objective().name().toLowerCase(Locale.ROOT));
        info.put("iterations", Integer.toString(best.iterations()));
        info.put("converged", Boolean.toString(best.converged()));
        info.put("train_examples", Integer.toString(sides.train().size()));
        info.put("validation_examples", Integer.toString(sides.validation().size()));
        info.put("test_examples", Integer.toString(sides.test().size()));
        info.put("train_digest", digest(sides.train()));
        info.put("split_digest", split.digest());
        info.put("validation_auroc", String.format(Locale.ROOT, "%.4f", bestAuroc));
        GuardModel model =
                new GuardModel(new GuardModel.Header(options.space(), best.bias(), t.value(), info), best.weights());
        return new Result(model, split, auroc, sides);
    }

    /** Places examples by their group's side; removes from train what validation, test or the held-out set holds. */
    static Sides sides(List<GuardExample> examples, GuardSplit split, List<GuardExample> heldOut) {
        Set<String> test = new HashSet<>();
        Set<String> validation = new HashSet<>();
        Set<String> held = new HashSet<>();
        heldOut.forEach(e -> held.add(FeatureSpace.normalise(e.text())));
        for (GuardExample e : examples) {
            Side s = split.side(e.group());
            if (s == Side.TEST) {
                test.add(FeatureSpace.normalise(e.text()));
            } else if (s == Side.VALIDATION) {
                validation.add(FeatureSpace.normalise(e.text()));
            }
        }
        List<GuardExample> tr = new ArrayList<>();
        List<GuardExample> va = new ArrayList<>();
        List<GuardExample> te = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (GuardExample e : examples) {
            String n = FeatureSpace.normalise(e.text());
            if (n.isEmpty() || held.contains(n) || !seen.add(split.side(e.group()) + "\t" + n)) {
                continue;
            }
            switch (split.side(e.group())) {
                case TRAIN -> {
                    if (!test.contains(n) && !validation.contains(n)) {
                        tr.add(e);
                    }
                }
                case VALIDATION -> {
                    if (!test.contains(n)) {
                        va.add(e);
                    }
                }
                case TEST -> te.add(e);
            }
        }
        return new Sides(tr, va, te);
    }

    /** Training examples weighted so that, within each language, both classes carry half the language's weight. */
    private List<LogisticRegression.Example> weighted(List<GuardExample> train, Map<String, SparseVector> cache) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> perLanguage = new HashMap<>();
        for (GuardExample e : train) {
            counts.merge(e.language() + "\t" + e.harmful(), 1, Integer::sum);
            perLanguage.merge(e.language(), 1, Integer::sum);
        }
        List<LogisticRegression.Example> out = new ArrayList<>();
        for (GuardExample e : train) {
            int cell = counts.getOrDefault(e.language() + "\t" + e.harmful(), 1);
            boolean bothClasses = counts.containsKey(e.language() + "\t" + !e.harmful());
            double w = bothClasses ? Math.min(10, perLanguage.getOrDefault(e.language(), 1) / (2.0 * cell)) : 1;
            out.add(new LogisticRegression.Example(vector(e.text(), cache), e.harmful(), w));
        }
        return out;
    }

    private List<Scored> scores(LogisticRegression.Fit fit, List<GuardExample> examples, Map<String, SparseVector> c) {
        List<Scored> out = new ArrayList<>();
        for (GuardExample e : examples) {
            double z = vector(e.text(), c).dot(fit.weights()) + fit.bias();
            out.add(new Scored(LogisticRegression.sigmoid(z), e.harmful()));
        }
        return out;
    }

    private SparseVector vector(String text, Map<String, SparseVector> cache) {
        return cache.computeIfAbsent(text, options.space()::vector);
    }

    /** A digest of the training side's content, so a model card can name exactly what it learned from. */
    static String digest(List<GuardExample> examples) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            examples.stream()
                    .map(e -> e.group() + "\t" + e.language() + "\t" + e.harmful() + "\t" + e.text() + "\n")
                    .sorted()
                    .forEach(line -> sha.update(line.getBytes(StandardCharsets.UTF_8)));
            return "sha256:" + java.util.HexFormat.of().formatHex(sha.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssayException("SHA-256 is not available", e);
        }
    }
}
