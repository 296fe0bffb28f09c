/** Assay cli. */
@NullMarked
package sg.assay.cli;

import org.jspecify.annotations.NullMarked;
