package sg.assay.report;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import sg.assay.score.judge.JudgeIdentity;
import sg.assay.validate.CorrectedRate;
import sg.assay.validate.JudgeCorrection;

/**
 * The documented JSON shape of one judge's error in a run ({@code docs/schemas/judge-correction.schema.json}): what
 * {@code judge correct --json} prints and what a run's JSON report lists under {@code judges}. Undefined numbers are
 * null.
 *
 * @param runId the run
 * @param scorer the judge scorer's metric name
 * @param judge the judge's identity in the run
 * @param validated whether a validation of the judge was found (current or stale)
 * @param validationRunId the validation used, or empty
 * @param stale what changed in the judge since the validation; empty when current
 * @param groundTruth who labelled the validation's reference labels
 * @param responseModels which models produced the validated responses (the validation's provenance)
 * @param languages one row per language of the run
 * @param judgeErrorReasons the run's judge errors by reason
 * @param ensembleScores for an ensemble, the samples it scored; 0 for a single judge
 * @param ensembleDisagreements for an ensemble, the samples on which its members disagreed
 */
public record JudgeErrorView(
        String runId,
        String scorer,
        JudgeView judge,
        boolean validated,
        String validationRunId,
        List<String> stale,
        String groundTruth,
        Map<String, Long> responseModels,
        List<RateView> languages,
        Map<String, Long> judgeErrorReasons,
        long ensembleScores,
        long ensembleDisagreements) {

    /** The judge: target, rubric and version, and the identity digest a validation belongs to. */
    public record JudgeView(String digest, String target, String rubric, int rubricVersion) {
        static JudgeView of(JudgeIdentity i) {
            return new JudgeView(i.digest(), i.target(), i.rubric(), i.rubricVersion());
        }
    }

    /** One language: the raw rate, the judge's Se and Sp there, and the corrected rate with its interval. */
    public record RateView(
            String language,
            long n,
            long judgeErrors,
            @Nullable Double raw,
            @Nullable Double sensitivity,
            @Nullable Double specificity,
            long validationPositives,
            long validationNegatives,
            @Nullable Double corrected,
            @Nullable Double lower,
            @Nullable Double upper,
            String method,
            String undefined,
            String validation) {}

    public static JudgeErrorView of(JudgeCorrection c) {
        return new JudgeErrorView(
                c.runId(),
                c.scorer(),
                JudgeView.of(c.judge()),
                c.validated(),
                c.validationRunId(),
                c.stale(),
                c.groundTruth(),
                new java.util.TreeMap<>(c.responseModels()),
                c.rows().stream().map(JudgeErrorView::rate).toList(),
                new java.util.TreeMap<>(c.judgeErrorReasons()),
                c.ensembleScores(),
                c.disagreements());
    }

    private static RateView rate(JudgeCorrection.Row row) {
        CorrectedRate r = row.rate();
        return new RateView(
                row.language(),
                r.n(),
                row.judgeErrors(),
                RunView.num(r.raw()),
                RunView.num(r.sensitivity()),
                RunView.num(r.specificity()),
                r.validationPositives(),
                r.validationNegatives(),
                RunView.num(r.estimate()),
                RunView.num(r.lower()),
                RunView.num(r.upper()),
                r.method(),
                r.undefined(),
                row.validation());
    }
}
