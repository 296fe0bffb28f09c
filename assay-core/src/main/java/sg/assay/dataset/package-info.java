/** Samples and datasets: what is asked, what is expected, in which language and category. */
@NullMarked
package sg.assay.dataset;

import org.jspecify.annotations.NullMarked;
