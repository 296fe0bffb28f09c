package sg.assay.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sg.assay.classify.ClassificationScorer;
import sg.assay.dataset.LabelSource;
import sg.assay.dataset.Sample;
import sg.assay.score.Score;
import sg.assay.score.Scorer;
import sg.assay.score.judge.JudgeScorer;
import sg.assay.score.judge.LabelSet;
import sg.assay.solve.TaskState;

/**
 * The scorer of a validation run: scores the sample with the scorer under validation and compares its label with the
 * sample's reference label: 1 when they agree, 0 when not, and a {@code judge-error} when the scorer could not judge
 * or gave a label outside the set. Everything the validation report needs is kept in the score's metadata, so the
 * report can be rebuilt from the stored run.
 */
final class ValidationScorer implements Scorer {
    static final String NAME = "judge-agreement";
    static final String META = "validation.";

    private final Scorer inner;
    private final LabelSet labels;
    private final List<String> annotatorColumns;

    ValidationScorer(Scorer inner, LabelSet labels, List<String> annotatorColumns) {
        this.inner = inner;
        this.labels = labels;
        this.annotatorColumns = List.copyOf(annotatorColumns);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String meaning() {
        return "the scorer agrees with the reference label";
    }

    /** The reference label of a sample in the common set (its expected value, else its label metadata), or empty. */
    static String reference(Sample sample, LabelSet labels) {
        return labels.map(sample.expected())
                .or(() -> labels.map(sample.metadata().getOrDefault("label", "")))
                .orElse("");
    }

    @Override
    public Score score(TaskState state, Sample sample) {
        Score s = inner.score(state, sample);
        Map<String, String> meta = new LinkedHashMap<>(s.metadata());
        String reference = reference(sample, labels);
        meta.put(META + "reference", reference);
        meta.put(META + "label_source", sample.metadata().getOrDefault(LabelSource.KEY, ""));
        meta.put(META + "annotations", Annotations.encode(Annotations.of(sample, labels, annotatorColumns)));
        meta.put(META + "response_model", responseModel(sample));
        String probability = s.metadata()
                .getOrDefault(
                        JudgeScorer.META + "probability",
                        s.metadata().getOrDefault(ClassificationScorer.PROBABILITY, ""));
        if (!probability.isEmpty()) {
            meta.put(META + "probability", probability);
        }
        if (s.notAssessed()) {
            meta.put(META + "predicted", Score.JUDGE_ERROR);
            meta.put(JudgeScorer.META + "error", Score.NOT_ASSESSED);
            return new Score(NAME, Double.NaN, Score.JUDGE_ERROR, s.explanation(), meta);
        }
        if (s.judgeError()) {
            meta.put(META + "predicted", Score.JUDGE_ERROR);
            return new Score(NAME, Double.NaN, Score.JUDGE_ERROR, s.explanation(), meta);
        }
        String predicted = labels.map(s.label()).orElse("");
        if (predicted.isEmpty()) {
            meta.put(META + "predicted", Score.JUDGE_ERROR);
            meta.put(JudgeScorer.META + "error", "label-outside-set");
            return new Score(
                    NAME,
                    Double.NaN,
                    Score.JUDGE_ERROR,
                    "label '" + s.label() + "' is not in the set " + labels.labels(),
                    meta);
        }
        meta.put(META + "predicted", predicted);
        boolean agree = predicted.equals(reference);
        return new Score(
                NAME, agree ? 1 : 0, predicted, agree ? "agrees with " + reference : "reference is " + reference, meta);
    }

    private static String responseModel(Sample sample) {
        for (String key : List.of("response_model", "model", "generator_model")) {
            String v = sample.metadata().getOrDefault(key, "");
            if (!v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
