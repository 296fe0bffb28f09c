/** Languages: BCP 47 tags, registers, and the per-dataset maps from a source's own language codes. */
@NullMarked
package sg.assay.language;

import org.jspecify.annotations.NullMarked;
