package sg.assay.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sg.assay.ConfigException;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStore;
import sg.assay.score.judge.JudgeIdentity;

/**
 * The rates a judge measured in a run, per language, next to the Rogan–Gladen estimates corrected for the judge's
 * sensitivity and specificity in that language's validation. Judge errors are left out and counted; a language the
 * validation did not cover, or where the correction is undefined, says so; a judge with no validation at all has
 * every row {@code not validated for this language}.
 *
 * @param runId the run whose rates are corrected
 * @param scorer the judge scorer's name in that run
 * @param judge the judge's identity in the run (the validation's when the scores recorded none)
 * @param validationRunId the validation used, or empty when the judge has none
 * @param stale what changed in the judge since the validation (empty when it is the judge that was validated)
 * @param groundTruth who labelled the validation's reference labels (empty without a validation)
 * @param responseModels the models that produced the validated responses (Se and Sp transfer only to similar ones)
 * @param rows one per language of the run
 * @param judgeErrorReasons the run's judge errors by reason (unparseable, refused-to-judge, unavailable, tie...)
 * @param ensembleScores for an ensemble, the samples it scored; 0 for a single judge
 * @param disagreements for an ensemble, the samples on which its members that judged disagreed
 */
public record JudgeCorrection(
        String runId,
        String scorer,
        JudgeIdentity judge,
        String validationRunId,
        List<String> stale,
        String groundTruth,
        Map<String, Long> responseModels,
        List<Row> rows,
        Map<String, Long> judgeErrorReasons,
        long ensembleScores,
        long disagreements) {
    /** What a row says where the judge has no validation in the row's language. */
    public static final String NOT_VALIDATED = "not validated for this language";

    public JudgeCorrection {
        stale = List.copyOf(stale);
        responseModels = Map.copyOf(responseModels);
        rows = List.copyOf(rows);
        judgeErrorReasons = Map.copyOf(judgeErrorReasons);
    }

    /**
     * One language.
     *
     * @param language the BCP 47 tag
     * @param judgeErrors samples the judge could not judge (left out)
     * @param rate the raw and corrected rates
     * @param validation the validation's citation for this language, or {@code not validated for this language}
     */
    public record Row(String language, long judgeErrors, CorrectedRate rate, String validation) {}

    /** True when a validation was found for the judge (current or stale). */
    public boolean validated() {
        return !validationRunId.isEmpty();
    }

    /** Corrects one scorer's rates in a run with a given validation. */
    public static JudgeCorrection of(
            RunStore store, RunRecord run, String scorer, ValidationReport validation, long seed, int replicates) {
        JudgedCounts counts = JudgedCounts.of(store, run.id(), scorer);
        if (counts.byLanguage.isEmpty()) {
            throw new ConfigException("run " + run.id() + " has no scores from '" + scorer + "'");
        }
        if (validation.overall().positive().isEmpty()) {
            throw new ConfigException("validation " + validation.runId() + " has no positive label, so the judge's"
                    + " sensitivity and specificity are not defined");
        }
        return of(run.id(), scorer, counts, Optional.of(validation), seed, replicates);
    }

    static JudgeCorrection of(
            String runId,
            String scorer,
            JudgedCounts counts,
            Optional<ValidationReport> validation,
            long seed,
            int replicates) {
        JudgeIdentity judge = counts.identities.stream()
                .findFirst()
                .orElseGet(() -> validation.map(ValidationReport::identity).orElseThrow());
        List<String> stale = new ArrayList<>();
        validation.ifPresent(v -> counts.identities.forEach(i -> stale.addAll(i.changesSince(v.identity()))));
        List<Row> rows = new ArrayList<>();
        counts.byLanguage.forEach((lang, c) -> rows.add(row(lang, c, validation, seed, replicates)));
        return new JudgeCorrection(
                runId,
                scorer,
                judge,
                validation.map(ValidationReport::runId).orElse(""),
                stale.stream().distinct().toList(),
                validation.map(ValidationReport::groundTruth).orElse(""),
                validation.map(v -> v.overall().responseModels()).orElse(Map.of()),
                rows,
                counts.errorReasons,
                counts.ensembleScores,
                counts.disagreements);
    }

    private static Row row(String lang, long[] c, Optional<ValidationReport> report, long seed, int replicates) {
        Optional<ValidationResult> v = report.flatMap(r -> r.language(lang));
        if (v.isEmpty()) {
            CorrectedRate none = new CorrectedRate(
                    c[1] == 0 ? Double.NaN : (double) c[0] / c[1],
                    c[0],
                    c[1],
                    Double.NaN,
                    Double.NaN,
                    0,
                    0,
                    Double.NaN,
                    Double.NaN,
                    Double.NaN,
                    "none",
                    NOT_VALIDATED);
            return new Row(lang, c[2], none, NOT_VALIDATED);
        }
        long[] pos = v.get().positiveCounts();
        long[] neg = v.get().negativeCounts();
        CorrectedRate rate = RoganGladen.bootstrap(c[0], c[1], pos[0], pos[1], neg[0], neg[1], 0.95, seed, replicates);
        return new Row(lang, c[2], rate, report.orElseThrow().citation(lang));
    }
}
