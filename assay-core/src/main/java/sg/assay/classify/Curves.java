package sg.assay.classify;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * ROC and precision-recall curves of a scored sample, one point per distinct score (flag when score ≥ threshold),
 * with the area under the ROC curve (trapezoidal, so ties count one half, as in the Mann-Whitney statistic) and
 * average precision (the step-wise area under the precision-recall curve, without interpolation).
 */
public record Curves(List<Point> points, long positives, long negatives) {
    public Curves {
        points = List.copyOf(points);
    }

    /**
     * One operating point.
     *
     * @param threshold flag when score ≥ threshold
     * @param confusion the decisions at that threshold
     */
    public record Point(double threshold, Confusion confusion) {
        public double truePositiveRate() {
            return confusion.recall();
        }

        public double falsePositiveRate() {
            return confusion.falsePositiveRate();
        }

        public double precision() {
            return confusion.precision();
        }
    }

    public static Curves of(List<Scored> sample) {
        List<Scored> sorted = new ArrayList<>(sample);
        sorted.sort(Comparator.comparingDouble(Scored::score).reversed());
        long pos = sorted.stream().filter(Scored::positive).count();
        long neg = sorted.size() - pos;
        List<Point> points = new ArrayList<>();
        long tp = 0;
        long fp = 0;
        int i = 0;
        while (i < sorted.size()) {
            double t = sorted.get(i).score();
            while (i < sorted.size() && sorted.get(i).score() == t) {
                if (sorted.get(i).positive()) {
                    tp++;
                } else {
                    fp++;
                }
                i++;
            }
            points.add(new Point(t, new Confusion(tp, fp, neg - fp, pos - tp)));
        }
        return new Curves(points, pos, neg);
    }

    /** The area under the ROC curve; NaN without both classes. */
    public double auroc() {
        if (positives == 0 || negatives == 0) {
            return Double.NaN;
        }
        double area = 0;
        double prevX = 0;
        double prevY = 0;
        for (Point p : points) {
            double x = p.falsePositiveRate();
            double y = p.truePositiveRate();
            area += (x - prevX) * (y + prevY) / 2;
            prevX = x;
            prevY = y;
        }
        return area;
    }

    /** Average precision: the sum over points of (recall step) × precision; NaN without positives. */
    public double averagePrecision() {
        if (positives == 0) {
            return Double.NaN;
        }
        double ap = 0;
        double prevRecall = 0;
        for (Point p : points) {
            double r = p.truePositiveRate();
            ap += (r - prevRecall) * p.precision();
            prevRecall = r;
        }
        return ap;
    }
}
