package sg.assay.parity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The language × category table. Only cells whose Benjamini–Hochberg q-value is at most {@code falseDiscoveryRate}
 * are flagged, so that the expected share of false flags among flagged cells stays at most that rate.
 *
 * @param languages the languages (rows), reference first
 * @param categories the categories (columns)
 * @param cells the cells, row by row
 * @param falseDiscoveryRate the false discovery rate the flags control
 * @param test the paired test behind the p-values
 */
public record CategoryTable(
        List<String> languages,
        List<String> categories,
        List<CategoryCell> cells,
        double falseDiscoveryRate,
        String test) {
    public CategoryTable {
        languages = List.copyOf(languages);
        categories = List.copyOf(categories);
        cells = List.copyOf(cells);
        Objects.requireNonNull(test, "test");
    }

    public Optional<CategoryCell> cell(String language, String category) {
        return cells.stream()
                .filter(c -> c.language().equals(language) && c.category().equals(category))
                .findFirst();
    }
}
