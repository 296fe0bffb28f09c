package sg.assay.cli;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import sg.assay.classify.Confusion;
import sg.assay.classify.Curves;
import sg.assay.validate.ThresholdSelection;

/**
 * The {@code threshold} member of {@code judge validate --json}: the split, the chosen threshold with held-out
 * statistics, the operating points of other objectives and the held-out ROC and precision-recall curves.
 */
record ThresholdView(
        String objective,
        String splitKey,
        long seed,
        double selectionShare,
        long selectionItems,
        long selectionClusters,
        long heldOutItems,
        long heldOutClusters,
        double threshold,
        CountsView selection,
        CountsView heldOut,
        JudgeViews.EstimateView recall,
        JudgeViews.EstimateView specificity,
        JudgeViews.EstimateView precision,
        JudgeViews.EstimateView f1,
        JudgeViews.EstimateView auroc,
        JudgeViews.EstimateView averagePrecision,
        List<PointView> operatingPoints,
        List<CurvePoint> curve) {

    record CountsView(long truePositives, long falsePositives, long trueNegatives, long falseNegatives) {}

    record PointView(
            String objective,
            @Nullable Double threshold,
            @Nullable Double recall,
            @Nullable Double specificity,
            @Nullable Double precision,
            @Nullable Double f1) {}

    /** One held-out point: flag when the probability is at least {@code threshold}. */
    record CurvePoint(
            double threshold,
            double truePositiveRate,
            double falsePositiveRate,
            @Nullable Double precision) {}

    static ThresholdView of(ThresholdSelection t) {
        List<CurvePoint> curve = new ArrayList<>();
        for (Curves.Point p : t.curves().points()) {
            curve.add(new CurvePoint(
                    p.threshold(), p.truePositiveRate(), p.falsePositiveRate(), JudgeViews.num(p.precision())));
        }
        return new ThresholdView(
                t.objective(),
                t.splitKey(),
                t.split().seed(),
                t.split().selectionShare(),
                t.selection().total(),
                t.selectionClusters(),
                t.heldOut().total(),
                t.heldOutClusters(),
                t.threshold(),
                counts(t.selection()),
                counts(t.heldOut()),
                JudgeViews.est(t.recall()),
                JudgeViews.est(t.specificity()),
                JudgeViews.est(t.precision()),
                JudgeViews.est(t.f1()),
                JudgeViews.est(t.auroc()),
                JudgeViews.est(t.averagePrecision()),
                t.operatingPoints().stream().map(ThresholdView::point).toList(),
                curve);
    }

    private static PointView point(ThresholdSelection.OperatingPoint p) {
        Confusion c = p.heldOut();
        return new PointView(
                p.objective(),
                JudgeViews.num(p.threshold()),
                JudgeViews.num(c.recall()),
                JudgeViews.num(c.specificity()),
                JudgeViews.num(c.precision()),
                JudgeViews.num(c.f1()));
    }

    private static CountsView counts(Confusion c) {
        return new CountsView(c.truePositives(), c.falsePositives(), c.trueNegatives(), c.falseNegatives());
    }
}
