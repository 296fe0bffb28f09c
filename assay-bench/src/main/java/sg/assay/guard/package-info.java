/** JMH benchmarks of the embedded guard classifier ({@code local/guard}). */
@NullMarked
package sg.assay.guard;

import org.jspecify.annotations.NullMarked;
