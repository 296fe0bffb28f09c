/** JMH benchmarks of the run store's write path (same package, to reach the package-private result rows). */
@NullMarked
package sg.assay.store;

import org.jspecify.annotations.NullMarked;
