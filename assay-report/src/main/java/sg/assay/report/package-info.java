/** Assay report. */
@NullMarked
package sg.assay.report;

import org.jspecify.annotations.NullMarked;
