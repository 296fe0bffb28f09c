package sg.assay.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.classify.Threshold;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStore;
import sg.assay.run.SampleResult;
import sg.assay.score.Score;
import sg.assay.score.judge.JudgeIdentity;

/**
 * A validation run read back from the store: the statistics overall and by language or category, the judge's identity
 * and what the reference labels were. Rebuilt from the stored scores, so it is the same every time it is read.
 *
 * @param runId the validation run
 * @param scorer the spec of the scorer validated
 * @param identity the judge's identity when validated
 * @param groundTruth who produced the reference labels: {@code human}, or e.g. {@code human+template} when other
 *     labels were allowed
 * @param dataset the dataset's name and digest
 * @param excluded samples left out because their reference label is outside the set, by label
 * @param overall the statistics on every item
 * @param breakdowns the statistics per language or category, scope {@code language=ms} etc.
 * @param threshold the threshold chosen on a selection part and measured on a held-out part, when the scorer gave
 *     probabilities for both classes on both parts
 */
public record ValidationReport(
        String runId,
        String scorer,
        JudgeIdentity identity,
        String groundTruth,
        String dataset,
        Map<String, Long> excluded,
        ValidationResult overall,
        List<ValidationResult> breakdowns,
        java.util.Optional<ThresholdSelection> threshold) {
    public ValidationReport {
        excluded = Map.copyOf(excluded);
        breakdowns = List.copyOf(breakdowns);
    }

    /** Reads a validation run; {@code by} names the breakdowns (language, category). */
    public static ValidationReport load(RunStore store, RunRecord run, List<String> by, int replicates) {
        return load(store, run, by, replicates, Threshold.Objective.BALANCED_ACCURACY, 0.5);
    }

    /**
     * Reads a validation run and chooses a threshold by {@code objective} on a {@code selectionShare} of its items
     * (split by cluster with the run's seed), measured on the rest.
     */
    public static ValidationReport load(
            RunStore store,
            RunRecord run,
            List<String> by,
            int replicates,
            Threshold.Objective objective,
            double selectionShare) {
        if (!run.spec().task().equals(JudgeValidation.TASK)
                || run.spec().scorers().isEmpty()) {
            throw new ConfigException("run " + run.id() + " is not a judge validation (task "
                    + run.spec().task() + ")");
        }
        Spec params = run.spec().scorers().getFirst();
        List<String> labels = List.of(params.param("labels", "").split("\\|"));
        ValidationAnalysis analysis = new ValidationAnalysis(
                labels, params.param("positive", ""), 0.95, run.spec().seed(), replicates);
        List<ValidationItem> items = new ArrayList<>();
        store.forEachResult(run.id(), r -> item(r).ifPresent(items::add));
        // the order results were stored in (concurrency, a resume) must not change the bootstrap
        items.sort(java.util.Comparator.comparing(ValidationItem::id));
        List<ValidationResult> breakdowns = new ArrayList<>();
        for (String dim : by) {
            Function<ValidationItem, String> key = switch (dim.strip().toLowerCase(Locale.ROOT)) {
                case "language" -> ValidationItem::language;
                case "category" -> ValidationItem::category;
                default -> throw new ConfigException("cannot break down by '" + dim + "'; known: language, category");
            };
            Map<String, List<ValidationItem>> groups = new TreeMap<>();
            items.forEach(i ->
                    groups.computeIfAbsent(key.apply(i), k -> new ArrayList<>()).add(i));
            groups.forEach((v, g) -> breakdowns.add(analysis.analyse(dim + "=" + (v.isEmpty() ? "(none)" : v), g)));
        }
        Map<String, Long> excluded = new LinkedHashMap<>();
        for (String part : params.param("excluded", "").split("\\|")) {
            int eq = part.lastIndexOf('=');
            if (eq > 0) {
                excluded.put(part.substring(0, eq), Long.parseLong(part.substring(eq + 1)));
            }
        }
        return new ValidationReport(
                run.id(),
                params.param("scorer", ""),
                JudgeIdentity.fromMetadata(params.params(), "judge."),
                params.param("ground-truth", "human"),
                run.spec().dataset().name() + " (" + run.spec().dataset().digest() + ")",
                excluded,
                analysis.analyse("all", items),
                breakdowns,
                ThresholdSelection.of(
                        items,
                        params.param("positive", ""),
                        objective,
                        new ValidationSplit(run.spec().seed(), selectionShare),
                        0.95,
                        replicates));
    }

    private static java.util.Optional<ValidationItem> item(SampleResult r) {
        for (Score s : r.scores()) {
            if (s.scorer().equals(ValidationScorer.NAME)) {
                Map<String, String> m = s.metadata();
                String p = m.getOrDefault(ValidationScorer.META + "probability", "");
                return java.util.Optional.of(new ValidationItem(
                        r.sampleId(),
                        r.language(),
                        r.category(),
                        r.group(),
                        m.getOrDefault(ValidationScorer.META + "reference", ""),
                        s.judgeError() ? Score.JUDGE_ERROR : s.label(),
                        p.isEmpty() ? Double.NaN : Double.parseDouble(p),
                        Annotations.decode(m.getOrDefault(ValidationScorer.META + "annotations", "")),
                        m.getOrDefault(ValidationScorer.META + "response_model", "")));
            }
        }
        return java.util.Optional.empty();
    }

    /** The breakdown of one language, if the validation had items in it. */
    public java.util.Optional<ValidationResult> language(String tag) {
        return breakdowns.stream()
                .filter(b -> b.scope().equals("language=" + tag))
                .findFirst();
    }

    /**
     * How a report citing this judge says how far to trust it in a language, e.g. {@code κ = 0.81 [0.77, 0.85] on
     * 1,200 human-labelled Malay items}, or {@code not validated for this language}.
     */
    public String cite(String languageTag) {
        return language(languageTag).map(r -> cite(r, groundTruth, languageTag)).orElse(JudgeCorrection.NOT_VALIDATED);
    }

    /**
     * The citation with its source, e.g. {@code κ = 0.81 [0.77, 0.85] on 1,200 human-labelled Malay items (validation
     * val-1, ground truth: human)}, or {@code not validated for this language}.
     */
    public String citation(String languageTag) {
        return language(languageTag)
                .map(r -> cite(r, groundTruth, languageTag) + " (validation " + runId + ", ground truth: " + groundTruth
                        + ")")
                .orElse(JudgeCorrection.NOT_VALIDATED);
    }

    static String cite(ValidationResult r, String groundTruth, String tag) {
        Estimate k = r.kappa();
        String kappa = k.defined()
                ? String.format(Locale.ROOT, "κ = %.2f [%.2f, %.2f]", k.value(), k.lower(), k.upper())
                : "κ undefined";
        String name = Languages.name(tag);
        return String.format(Locale.ROOT, "%s on %,d %s-labelled %s items", kappa, r.n(), groundTruth, name);
    }
}
