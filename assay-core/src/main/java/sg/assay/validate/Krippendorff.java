package sg.assay.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Krippendorff's α for nominal data, from the values each item received (missing values allowed): α = 1 − D_o / D_e
 * computed through the coincidence matrix, where each item with m ≥ 2 values adds n_c·n_k / (m − 1) to cell (c, k)
 * (n_c·(n_c − 1) / (m − 1) on the diagonal); α = 1 − (n − 1)·Σ_{c≠k} o_ck / Σ_{c≠k} n_c·n_k (Krippendorff 2011).
 */
public final class Krippendorff {
    private Krippendorff() {}

    /** The coincidence matrix of some items, for summing over resampled clusters. */
    public record Coincidences(Map<String, Map<String, Double>> cells) {
        public Coincidences {
            Map<String, Map<String, Double>> copy = new TreeMap<>();
            cells.forEach((c, row) -> copy.put(c, Map.copyOf(row)));
            cells = java.util.Collections.unmodifiableMap(copy);
        }

        /** The coincidences of items, each given as value → how many annotators gave it. */
        public static Coincidences of(List<Map<String, Integer>> items) {
            Map<String, Map<String, Double>> cells = new TreeMap<>();
            for (Map<String, Integer> item : items) {
                int m = item.values().stream().mapToInt(Integer::intValue).sum();
                if (m < 2) {
                    continue;
                }
                item.forEach((c, nc) -> item.forEach((k, nk) -> {
                    double v = c.equals(k) ? (double) nc * (nc - 1) : (double) nc * nk;
                    if (v > 0) {
                        cells.computeIfAbsent(c, x -> new TreeMap<>()).merge(k, v / (m - 1), Double::sum);
                    }
                }));
            }
            return new Coincidences(cells);
        }

        public Coincidences plus(Coincidences other) {
            Map<String, Map<String, Double>> sum = new TreeMap<>();
            for (Coincidences x : List.of(this, other)) {
                x.cells.forEach((c, row) -> row.forEach(
                        (k, v) -> sum.computeIfAbsent(c, y -> new TreeMap<>()).merge(k, v, Double::sum)));
            }
            return new Coincidences(sum);
        }

        /** The pairable values: the total of the matrix. */
        public double pairable() {
            return cells.values().stream()
                    .flatMap(r -> r.values().stream())
                    .mapToDouble(Double::doubleValue)
                    .sum();
        }

        /** Nominal α; NaN when fewer than two values are pairable or every value is the same. */
        public double alpha() {
            Map<String, Double> margins = new TreeMap<>();
            double disagree = 0;
            for (Map.Entry<String, Map<String, Double>> row : cells.entrySet()) {
                for (Map.Entry<String, Double> cell : row.getValue().entrySet()) {
                    margins.merge(row.getKey(), cell.getValue(), Double::sum);
                    if (!row.getKey().equals(cell.getKey())) {
                        disagree += cell.getValue();
                    }
                }
            }
            double n =
                    margins.values().stream().mapToDouble(Double::doubleValue).sum();
            List<Double> m = new ArrayList<>(margins.values());
            double expected = 0;
            for (int i = 0; i < m.size(); i++) {
                for (int j = 0; j < m.size(); j++) {
                    expected += i == j ? 0 : m.get(i) * m.get(j);
                }
            }
            return n < 2 || expected == 0 ? Double.NaN : 1 - (n - 1) * disagree / expected;
        }
    }

    /** Nominal α of the items. */
    public static double nominalAlpha(List<Map<String, Integer>> items) {
        return Coincidences.of(items).alpha();
    }
}
