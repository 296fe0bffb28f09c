/** Metrics: epoch reducers and the summaries of runs, with intervals and breakdowns by language and category. */
@NullMarked
package sg.assay.metric;

import org.jspecify.annotations.NullMarked;
