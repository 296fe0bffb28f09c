/**
 * Cost: per-million-token prices by model name from a bundled, dated example table that users extend with their own
 * YAML file, and the cost of a run's or a sample's token usage under them.
 */
@NullMarked
package sg.assay.report.cost;

import org.jspecify.annotations.NullMarked;
