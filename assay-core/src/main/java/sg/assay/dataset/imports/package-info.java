/**
 * Importers for public safety benchmarks and generic files: one {@link sg.assay.dataset.imports.Importer} per source
 * format, registered explicitly in {@link sg.assay.dataset.imports.Importers}. Each records the content digest, row
 * count, languages through the source's own code map, categories, the licence as stated upstream, who produced each
 * label, and the kind of task the data is for.
 */
@NullMarked
package sg.assay.dataset.imports;

import org.jspecify.annotations.NullMarked;
