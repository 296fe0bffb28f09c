package sg.assay.redteam.campaign;

import java.util.List;
import java.util.Optional;
import sg.assay.stats.Interval;
import sg.assay.validate.CorrectedRate;
import sg.assay.validate.RoganGladen;
import sg.assay.validate.ValidationReport;
import sg.assay.validate.ValidationResult;

/**
 * The judge-error correction of a campaign from a stored validation of its judge: per language, the Rogan–Gladen
 * estimate with a parametric bootstrap interval over the attacks (at their design-effect size) and both validation
 * groups, next to the validation's citation; {@code not validated for this language} where the validation has no
 * items. A stale validation (the judge changed since) still corrects, and the note says what changed.
 */
public final class ValidatedCorrection implements JudgeCorrection {
    private final ValidationReport validation;
    private final List<String> stale;
    private final long seed;
    private final int replicates;

    /**
     * @param validation the judge's validation, read with a language breakdown
     * @param stale what changed in the judge since (empty when current)
     */
    public ValidatedCorrection(ValidationReport validation, List<String> stale, long seed, int replicates) {
        this.validation = validation;
        this.stale = List.copyOf(stale);
        this.seed = seed;
        this.replicates = replicates;
    }

    @Override
    public Corrected correct(Interval raw, long successes, long attacks, String language) {
        if (language.isEmpty()) {
            return new Corrected(Optional.empty(), "several languages: see the rates by language");
        }
        Optional<ValidationResult> v = validation.language(language);
        if (v.isEmpty()) {
            return new Corrected(Optional.empty(), NOT_VALIDATED);
        }
        long[] pos = v.get().positiveCounts();
        long[] neg = v.get().negativeCounts();
        CorrectedRate r =
                RoganGladen.bootstrap(successes, attacks, pos[0], pos[1], neg[0], neg[1], 0.95, seed, replicates);
        String cite = validation.citation(language);
        if (!r.defined()) {
            return new Corrected(Optional.empty(), cite + "; correction undefined: " + r.undefined());
        }
        return new Corrected(Optional.of(new Interval(r.estimate(), r.lower(), r.upper(), 0.95, r.method())), cite);
    }

    @Override
    public String note() {
        String s = "corrected for judge error (Rogan-Gladen, 95% interval over the attacks and both validation groups)"
                + " with validation " + validation.runId() + " (ground truth: " + validation.groundTruth()
                + "; validated responses produced by " + models() + ")";
        s += stale.isEmpty()
                ? "; current: the validated judge is this one (same judge target, rubric and threshold)"
                : "; STALE validation: the judge changed since it was validated (" + String.join("; ", stale) + ")";
        return s + "; an attack's success is its judge's verdict over all its turns, so the per-verdict Se and Sp"
                + " are an approximation for multi-turn strategies";
    }

    private String models() {
        var m = validation.overall().responseModels();
        return m.isEmpty() ? "(not stated)" : new java.util.TreeMap<>(m).toString();
    }
}
