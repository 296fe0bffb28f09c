/** Assay store. */
@NullMarked
package sg.assay.store;

import org.jspecify.annotations.NullMarked;
