/** JMH benchmarks of the OpenAI target's JSON mapping (same package, to reach the package-private mapper). */
@NullMarked
package sg.assay.target.openai;

import org.jspecify.annotations.NullMarked;
