/** JMH benchmarks of the refusal scorer (same package, to reach the package-private cue matching). */
@NullMarked
package sg.assay.score.refusal;

import org.jspecify.annotations.NullMarked;
