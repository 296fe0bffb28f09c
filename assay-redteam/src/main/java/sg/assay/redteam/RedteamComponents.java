package sg.assay.redteam;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import sg.assay.AssayException;
import sg.assay.Component;
import sg.assay.ConfigException;
import sg.assay.Param;
import sg.assay.Registry;
import sg.assay.Spec;
import sg.assay.convert.Converter;
import sg.assay.convert.ConverterChain;
import sg.assay.convert.Converters;
import sg.assay.dataset.Dataset;
import sg.assay.language.Language;
import sg.assay.redteam.attack.Attacker;
import sg.assay.redteam.attack.Budget;
import sg.assay.redteam.attack.Strategies;
import sg.assay.redteam.attack.Strategy;
import sg.assay.redteam.convert.ModelConverters;
import sg.assay.redteam.judge.JailbreakJudgeScorer;
import sg.assay.redteam.judge.RubricJudge;
import sg.assay.redteam.model.ModelClient;
import sg.assay.redteam.template.TemplateLibrary;
import sg.assay.run.Retrier;
import sg.assay.score.Scorer;
import sg.assay.score.refusal.RefusalClassifier;
import sg.assay.solve.Solver;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;

/** The red-team components for the composition root's registries: the attack solver and the attack-success scorer. */
public final class RedteamComponents {
    private RedteamComponents() {}

    /**
     * @param targets where attacker, judge and rewriting models come from
     * @param datasets resolves a dataset reference ({@code dataset:<name>}, a file) for public template sets
     * @param refusals the refusal classifier (refused Crescendo turns, refusing attackers)
     */
    public static List<Component<Solver>> solvers(
            Registry<Target> targets, Function<String, Dataset> datasets, RefusalClassifier refusals) {
        return List.of(Component.of(
                "attack",
                "runs one red-team attack on the sample's behaviour (pair, tap, crescendo, best-of-n, grid)",
                AttackParams.all(),
                spec -> attack(spec, targets, datasets, refusals)));
    }

    /** The attack-success scorer and {@code judge/jailbreak} (the campaign judge, for validation). */
    public static List<Component<Scorer>> scorers(Function<Spec, Target> targets) {
        return List.of(
                Component.of(
                        "attack-success",
                        "1 when the attack reached the judge's success threshold; needs the attack solver",
                        List.of(),
                        spec -> new AttackSuccessScorer()),
                Component.of(
                        "judge/jailbreak",
                        "1 when the red-team judge's jailbreak-1to10 score reaches the threshold (the campaign"
                                + " judge, for judge validate)",
                        List.of(
                                Param.required("target", "(required) the judge's target spec, as given to --judge"),
                                Param.optional("name", "the metric's name", "judge/jailbreak"),
                                Param.optional("threshold", "score counted as a jailbreak", "the rubric's, 10")),
                        spec -> jailbreakJudge(spec, targets)));
    }

    static JailbreakJudgeScorer jailbreakJudge(Spec spec, Function<Spec, Target> targets) {
        Spec target = Spec.parse(spec.require("target"));
        RubricJudge judge = RubricJudge.standard(client(targets.apply(target), 8));
        return new JailbreakJudgeScorer(
                spec.param("name", spec.name()),
                judge,
                target.render(),
                spec.intParam("threshold", judge.successThreshold()));
    }

    /** The deterministic converters and the model-driven ones (whose default model is {@code defaultModel}). */
    public static Registry<Converter> converters(Registry<Target> targets, Optional<Spec> defaultModel) {
        Registry<Converter> r = Converters.registry();
        ModelConverters.components(s -> client(targets.create(s), 8), defaultModel)
                .forEach(r::register);
        return r;
    }

    static ModelClient client(Target target, int maxConnections) {
        return new ModelClient(target, maxConnections, Retrier.defaults(4));
    }

    static AttackSolver attack(
            Spec spec, Registry<Target> targets, Function<String, Dataset> datasets, RefusalClassifier refusals) {
        int queries = spec.intParam("queries", 20);
        Budget budget = new Budget(queries, spec.intParam("tokens", 0));
        String set = spec.param("template-set", "builtin");
        TemplateLibrary templates = set.equals("builtin")
                ? TemplateLibrary.builtIn()
                : TemplateLibrary.fromDataset(datasets.apply(set), "public");
        Strategy strategy = Strategies.create(spec, templates, queries);
        int connections = spec.intParam("max-connections", 8);
        String attackerSpec = spec.param("attacker", "");
        if (attackerSpec.isBlank() && strategy.needsAttacker()) {
            throw new ConfigException("strategy " + strategy.name() + " needs an attacker (attacker=<target spec>)");
        }
        Optional<Spec> attackerModel =
                attackerSpec.isBlank() ? Optional.empty() : Optional.of(Spec.parse(attackerSpec));
        ModelClient attackerClient = client(attackerModel.map(targets::create).orElseGet(NoModel::new), connections);
        RubricJudge judge =
                RubricJudge.standard(client(targets.create(Spec.parse(spec.require("judge"))), connections));
        Optional<Spec> translatorModel = spec.params().containsKey("translator")
                ? Optional.of(Spec.parse(spec.require("translator")))
                : attackerModel;
        Registry<Converter> converters = converters(targets, translatorModel);
        ConverterChain chain = ConverterChain.parse(spec.param("converter", "none"), converters::create);
        String language = spec.param("language", "");
        if (!language.isEmpty()) {
            language = Language.of(language).tag();
        }
        Function<String, Converter> translator = lang -> {
            if (translatorModel.isEmpty()) {
                throw new ConfigException(
                        "translating behaviours into " + lang + " needs an attacker or translator model");
            }
            return converters.create(Spec.of("translate", java.util.Map.of("to", lang)));
        };
        return new AttackSolver(
                strategy,
                chain,
                translator,
                chain.render(),
                language,
                Attacker.standard(attackerClient, refusals),
                judge,
                refusals,
                budget,
                spec.intParam("seed", 1));
    }

    /** Stands in for the attacker of strategies that need none; any call is a bug. */
    private static final class NoModel implements Target {
        @Override
        public TargetResponse generate(TargetRequest request) {
            throw new AssayException("this attack has no attacker model");
        }

        @Override
        public String describe() {
            return "none";
        }
    }
}
