package sg.assay.score.judge;

import java.util.LinkedHashMap;
import java.util.Map;
import sg.assay.dataset.Sample;
import sg.assay.message.Message;
import sg.assay.message.SystemMessage;
import sg.assay.score.MetricKind;
import sg.assay.score.Score;
import sg.assay.solve.TaskState;

/**
 * A scorer that asks a {@link Judge}. Every score records the rubric (id, version, digest) and the judge's identity;
 * when the judge cannot judge, the score is labelled {@code judge-error} with value NaN, so it is counted apart and
 * never as a verdict.
 */
public final class JudgeScorer implements IdentifiedJudge {
    /** The prefix of the metadata keys a judge's score carries. */
    public static final String META = "judge.";

    private static final int MAX_REASONING = 2000;

    private final String name;
    private final Judge judge;
    private final String instructionField;
    private final String secretField;

    /**
     * @param instructionField the sample field holding the injected instruction ({@code expected} or a metadata key)
     * @param secretField the sample field holding the secret, or {@code system-prompt} for the conversation's system
     *     message
     */
    public JudgeScorer(String name, Judge judge, String instructionField, String secretField) {
        this.name = name;
        this.judge = judge;
        this.instructionField = instructionField;
        this.secretField = secretField;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public MetricKind kind() {
        return judge.interpretation().kind();
    }

    @Override
    public String meaning() {
        return judge.interpretation().meaning();
    }

    public Judge judge() {
        return judge;
    }

    @Override
    public JudgeIdentity identity() {
        return judge.identity();
    }

    /** The common labels this judge gives. */
    @Override
    public LabelSet labels() {
        return judge.interpretation().labels();
    }

    /** The label whose value is 1, for binary judges. */
    @Override
    public java.util.Optional<String> positive() {
        return judge.interpretation().positive();
    }

    @Override
    public Score score(TaskState state, Sample sample) {
        return toScore(name, judge, judge.judge(input(state, sample)));
    }

    JudgeInput input(TaskState state, Sample sample) {
        return new JudgeInput(
                sample.id(),
                sample.prompt(),
                state.output(),
                sample.language(),
                sample.category(),
                sample.field(instructionField).orElse(""),
                secret(state, sample));
    }

    private String secret(TaskState state, Sample sample) {
        if (secretField.equals("system-prompt")) {
            for (Message m : state.messages()) {
                if (m instanceof SystemMessage s) {
                    return s.text();
                }
            }
            return "";
        }
        return sample.field(secretField).orElse("");
    }

    /** The score of an outcome, with the rubric and identity in its metadata. */
    static Score toScore(String name, Judge judge, JudgeOutcome outcome) {
        Map<String, String> meta = new LinkedHashMap<>(judge.identity().asMetadata(META));
        meta.put(META + "attempts", Integer.toString(outcome.attempts()));
        return switch (outcome) {
            case JudgeOutcome.Judged j -> {
                Judgement g = j.judgement();
                if (!j.model().isEmpty()) {
                    meta.put(META + "model", j.model());
                }
                if (!j.structured().isEmpty()) {
                    meta.put(META + "structured-output", j.structured());
                }
                if (!Double.isNaN(g.probability())) {
                    meta.put(META + "probability", Double.toString(g.probability()));
                }
                g.fields().forEach((k, v) -> meta.put(META + k, v));
                meta.put(META + "reasoning", truncate(g.reasoning(), MAX_REASONING));
                yield new Score(name, g.value(), g.label(), truncate(g.reasoning(), 200), meta);
            }
            case JudgeOutcome.Failed f -> {
                meta.put(META + "error", f.reason());
                yield new Score(
                        name, Double.NaN, Score.JUDGE_ERROR, "judge failed (" + f.reason() + "): " + f.detail(), meta);
            }
        };
    }

    static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
