/** Solvers: the steps that act on a sample's conversation and talk to the target. */
@NullMarked
package sg.assay.solve;

import org.jspecify.annotations.NullMarked;
