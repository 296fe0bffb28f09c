/**
 * Rendering of parity reports: Markdown tables and self-contained inline SVG charts (a language × category heat map
 * and a forest plot of paired differences with the equivalence band). JSON comes from serialising the {@code
 * sg.assay.parity.ParityReport} record with the shared mapper; every renderer shows the same numbers.
 */
@NullMarked
package sg.assay.report.parity;

import org.jspecify.annotations.NullMarked;
