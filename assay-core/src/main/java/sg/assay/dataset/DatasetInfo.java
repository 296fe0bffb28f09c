package sg.assay.dataset;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import sg.assay.run.DatasetRef;

/**
 * What is known about an imported dataset, stored beside its samples.
 *
 * @param name the library name, used as {@code dataset:<name>}
 * @param format the importer that read it, e.g. {@code multijail} or {@code jsonl}
 * @param source the path it was imported from
 * @param digest the SHA-256 of the source content, {@code sha256:<hex>}
 * @param rows how many rows the source had
 * @param samples how many samples were imported
 * @param skipped how many malformed rows were skipped
 * @param languages sample count per BCP 47 tag
 * @param categories sample count per category (empty category left out)
 * @param licence the licence as stated upstream
 * @param labels sample count per label source ({@code human}, {@code model}, {@code template}, {@code source})
 * @param task what the dataset tests
 * @param importedAt when it was imported
 */
public record DatasetInfo(
        String name,
        String format,
        String source,
        String digest,
        int rows,
        int samples,
        int skipped,
        Map<String, Integer> languages,
        Map<String, Integer> categories,
        String licence,
        Map<String, Integer> labels,
        TaskKind task,
        Instant importedAt) {

    public DatasetInfo {
        languages = sorted(languages);
        categories = sorted(categories);
        labels = sorted(labels);
    }

    /** Counts languages, categories and label sources over the samples. */
    public static DatasetInfo describe(
            Dataset dataset, String format, String source, int rows, int skipped, TaskKind task, Instant importedAt) {
        Map<String, Integer> languages = new TreeMap<>();
        Map<String, Integer> categories = new TreeMap<>();
        Map<String, Integer> labels = new TreeMap<>();
        for (Sample s : dataset.samples()) {
            languages.merge(s.language(), 1, Integer::sum);
            if (!s.category().isEmpty()) {
                categories.merge(s.category(), 1, Integer::sum);
            }
            String labelSource = s.metadata().get(LabelSource.KEY);
            if (labelSource != null) {
                labels.merge(labelSource, 1, Integer::sum);
            }
        }
        return new DatasetInfo(
                dataset.name(),
                format,
                source,
                dataset.digest(),
                rows,
                dataset.size(),
                skipped,
                languages,
                categories,
                dataset.licence(),
                labels,
                task,
                importedAt);
    }

    private static Map<String, Integer> sorted(Map<String, Integer> counts) {
        return java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    /** The languages in tag order. */
    public List<String> languageTags() {
        return List.copyOf(new TreeMap<>(languages).keySet());
    }

    /** The reference a run record keeps: its source is {@code dataset:<name>}, so a resumed run finds it again. */
    public DatasetRef ref() {
        return new DatasetRef(name, DatasetLibrary.PREFIX + name, digest, samples, licence, Map.of());
    }
}
