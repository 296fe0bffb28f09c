package sg.assay.parity;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import sg.assay.stats.Interval;
import sg.assay.stats.Multiplicity;
import sg.assay.stats.Pair;
import sg.assay.stats.PairedComparison;
import sg.assay.stats.PairedResult;
import sg.assay.stats.Proportions;

/** The language × category table with Benjamini–Hochberg flags on the paired p-values against the reference. */
final class CategoryAnalysis {
    private CategoryAnalysis() {}

    private record Cell(
            String language, String category, long n, long positives, OptionalDouble difference, OptionalDouble p) {}

    static CategoryTable of(ParityData data, ParitySettings settings) {
        List<String> categories = data.categories();
        List<Cell> cells = new ArrayList<>();
        for (String language : data.languages()) {
            for (String category : categories) {
                cells.add(cell(data, settings, language, category));
            }
        }
        double[] p = cells.stream()
                .filter(c -> c.p().isPresent())
                .mapToDouble(c -> c.p().getAsDouble())
                .toArray();
        double[] q = p.length == 0 ? p : Multiplicity.benjaminiHochberg(p);
        double fdr = 1 - settings.familyLevel();
        List<CategoryCell> out = new ArrayList<>();
        int k = 0;
        for (Cell c : cells) {
            OptionalDouble qValue = c.p().isPresent() ? OptionalDouble.of(q[k++]) : OptionalDouble.empty();
            Interval wilson = Proportions.wilson(c.positives(), c.n(), 0.95);
            boolean flagged = qValue.isPresent() && qValue.getAsDouble() <= fdr;
            out.add(new CategoryCell(
                    c.language(), c.category(), c.n(), c.positives(), wilson, c.difference(), c.p(), qValue, flagged));
        }
        String test = data.maxEpochs() > 1 ? "cluster-sign-flip" : "mcnemar-mid-p";
        return new CategoryTable(data.languages(), categories, out, fdr, test);
    }

    private static Cell cell(ParityData data, ParitySettings settings, String language, String category) {
        long n = 0;
        long positives = 0;
        for (var e : data.values(language).entrySet()) {
            if (data.category(e.getKey().intent()).equals(category)) {
                n++;
                positives += e.getValue();
            }
        }
        if (language.equals(data.reference())) {
            return new Cell(language, category, n, positives, OptionalDouble.empty(), OptionalDouble.empty());
        }
        List<Pair> pairs = data.pairs(language, intent -> data.category(intent).equals(category));
        if (pairs.size() < 2) {
            return new Cell(language, category, n, positives, OptionalDouble.empty(), OptionalDouble.empty());
        }
        PairedResult r = PairedComparison.compare(pairs, 0.95, settings.seed(), settings.replicates());
        return new Cell(
                language,
                category,
                n,
                positives,
                OptionalDouble.of(r.difference().estimate()),
                OptionalDouble.of(r.pValue()));
    }
}
