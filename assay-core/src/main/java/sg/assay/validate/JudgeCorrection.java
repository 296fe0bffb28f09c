package sg.assay.validate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import sg.assay.ConfigException;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStore;
import sg.assay.score.Score;
import sg.assay.score.judge.JudgeIdentity;
import sg.assay.score.judge.JudgeScorer;

/**
 * The rates a judge measured in a run, per language, next to the Rogan–Gladen estimates corrected for the judge's
 * sensitivity and specificity in that language's validation. Judge errors are left out and counted; a language the
 * validation did not cover, or where the correction is undefined, says so.
 *
 * @param runId the run whose rates are corrected
 * @param scorer the judge scorer's name in that run
 * @param validationRunId the validation used
 * @param stale what changed in the judge since the validation (empty when it is the judge that was validated)
 * @param groundTruth who labelled the validation's reference labels
 * @param responseModels the models that produced the validated responses (Se and Sp transfer only to similar ones)
 * @param rows one per language of the run
 */
public record JudgeCorrection(
        String runId,
        String scorer,
        String validationRunId,
        List<String> stale,
        String groundTruth,
        Map<String, Long> responseModels,
        List<Row> rows) {
    public JudgeCorrection {
        stale = List.copyOf(stale);
        responseModels = Map.copyOf(responseModels);
        rows = List.copyOf(rows);
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

    public static JudgeCorrection of(
            RunStore store, RunRecord run, String scorer, ValidationReport validation, long seed, int replicates) {
        Map<String, long[]> counts = new TreeMap<>();
        Set<JudgeIdentity> identities = new LinkedHashSet<>();
        store.forEachResult(run.id(), r -> {
            for (Score s : r.scores()) {
                if (!s.scorer().equals(scorer)) {
                    continue;
                }
                long[] c = counts.computeIfAbsent(r.language(), k -> new long[3]);
                if (s.metadata().containsKey(JudgeScorer.META + "identity")) {
                    identities.add(JudgeIdentity.fromMetadata(s.metadata(), JudgeScorer.META));
                }
                if (s.judgeError()) {
                    c[2]++;
                } else if (!Double.isNaN(s.value())) {
                    c[0] += s.value() == 1.0 ? 1 : 0;
                    c[1]++;
                }
            }
        });
        if (counts.isEmpty()) {
            throw new ConfigException("run " + run.id() + " has no scores from '" + scorer + "'");
        }
        if (validation.overall().positive().isEmpty()) {
            throw new ConfigException("validation " + validation.runId() + " has no positive label, so the judge's"
                    + " sensitivity and specificity are not defined");
        }
        List<String> stale = new ArrayList<>();
        identities.forEach(i -> stale.addAll(i.changesSince(validation.identity())));
        List<Row> rows = new ArrayList<>();
        counts.forEach((lang, c) -> rows.add(row(lang, c, validation.language(lang), validation, seed, replicates)));
        return new JudgeCorrection(
                run.id(),
                scorer,
                validation.runId(),
                stale,
                validation.groundTruth(),
                validation.overall().responseModels(),
                rows);
    }

    private static Row row(
            String lang, long[] c, Optional<ValidationResult> v, ValidationReport report, long seed, int replicates) {
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
                    "not validated for this language");
            return new Row(lang, c[2], none, "not validated for this language");
        }
        long[] pos = v.get().positiveCounts();
        long[] neg = v.get().negativeCounts();
        CorrectedRate rate = RoganGladen.bootstrap(c[0], c[1], pos[0], pos[1], neg[0], neg[1], 0.95, seed, replicates);
        return new Row(lang, c[2], rate, report.cite(lang));
    }
}
