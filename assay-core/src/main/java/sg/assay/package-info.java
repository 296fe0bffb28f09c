/** Assay's root package: the error hierarchy and component specifications shared by every module. */
@NullMarked
package sg.assay;

import org.jspecify.annotations.NullMarked;
