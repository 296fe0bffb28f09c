/**
 * Reports: the documented JSON views of runs and samples (checked against the schemas in {@code docs/schemas}), and
 * the Markdown, JSON and CSV renderers.
 */
@NullMarked
package sg.assay.report;

import org.jspecify.annotations.NullMarked;
