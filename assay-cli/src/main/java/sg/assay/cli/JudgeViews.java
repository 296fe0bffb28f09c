package sg.assay.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import sg.assay.score.judge.JudgeIdentity;
import sg.assay.validate.Calibration;
import sg.assay.validate.ConfusionMatrix;
import sg.assay.validate.Estimate;
import sg.assay.validate.ValidationReport;
import sg.assay.validate.ValidationResult;

/**
 * The documented JSON shape of {@code judge validate --json} ({@code docs/schemas/judge-validation.schema.json}); that of
 * {@code judge correct --json} is the report module's {@link sg.assay.report.JudgeErrorView}.
 */
final class JudgeViews {
    private JudgeViews() {}

    record EstimateView(
            @Nullable Double value,
            @Nullable Double lower,
            @Nullable Double upper) {}

    record IdentityView(
            String digest,
            String target,
            String rubric,
            int rubricVersion,
            String rubricDigest,
            Map<String, String> params) {}

    record ClassView(String label, long support, EstimateView precision, EstimateView recall, EstimateView f1) {}

    record BinView(double from, double to, long n, double meanPredicted, double observed) {}

    record ConfusionView(List<String> labels, List<List<Long>> counts) {}

    record ResultView(
            String scope,
            long n,
            long judgeErrors,
            long clusters,
            EstimateView accuracy,
            EstimateView kappa,
            EstimateView macroF1,
            List<ClassView> classes,
            String positive,
            EstimateView sensitivity,
            EstimateView specificity,
            EstimateView annotatorAlpha,
            long annotatedItems,
            EstimateView brier,
            long probabilityItems,
            List<BinView> reliability,
            ConfusionView confusion,
            Map<String, Long> responseModels) {}

    record ValidationView(
            String runId,
            String scorer,
            IdentityView identity,
            String groundTruth,
            boolean humanLabels,
            String dataset,
            Map<String, Long> excluded,
            ResultView overall,
            List<ResultView> breakdowns,
            List<String> citations,
            @Nullable ThresholdView threshold) {}

    static ValidationView of(ValidationReport r) {
        List<String> citations = new ArrayList<>();
        r.breakdowns().stream().filter(b -> b.scope().startsWith("language=")).forEach(b -> {
            String tag = b.scope().substring("language=".length());
            citations.add(tag + ": " + r.cite(tag));
        });
        return new ValidationView(
                r.runId(),
                r.scorer(),
                identity(r.identity()),
                r.groundTruth(),
                r.groundTruth().equals("human"),
                r.dataset(),
                r.excluded(),
                result(r.overall()),
                r.breakdowns().stream().map(JudgeViews::result).toList(),
                citations,
                r.threshold().map(ThresholdView::of).orElse(null));
    }

    static IdentityView identity(JudgeIdentity i) {
        return new IdentityView(i.digest(), i.target(), i.rubric(), i.rubricVersion(), i.rubricDigest(), i.params());
    }

    static ResultView result(ValidationResult r) {
        return new ResultView(
                r.scope(),
                r.n(),
                r.judgeErrors(),
                r.clusters(),
                est(r.accuracy()),
                est(r.kappa()),
                est(r.macroF1()),
                r.classes().stream()
                        .map(c ->
                                new ClassView(c.label(), c.support(), est(c.precision()), est(c.recall()), est(c.f1())))
                        .toList(),
                r.positive(),
                est(r.sensitivity()),
                est(r.specificity()),
                est(r.annotatorAlpha()),
                r.annotatedItems(),
                est(r.brier()),
                r.probabilityItems(),
                r.reliability().stream().map(JudgeViews::bin).toList(),
                confusion(r.confusion()),
                r.responseModels());
    }

    private static BinView bin(Calibration.Bin b) {
        return new BinView(b.from(), b.to(), b.n(), b.meanPredicted(), b.observed());
    }

    private static ConfusionView confusion(ConfusionMatrix m) {
        List<List<Long>> rows = new ArrayList<>();
        for (long[] row : m.counts()) {
            rows.add(java.util.Arrays.stream(row).boxed().toList());
        }
        return new ConfusionView(m.labels(), rows);
    }

    static EstimateView est(Estimate e) {
        return new EstimateView(num(e.value()), num(e.lower()), num(e.upper()));
    }

    static @Nullable Double num(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
