/**
 * Runs: the engine that executes a task against a target, the run record that makes it reproducible, sample results
 * and the store SPI that makes them durable exactly once.
 */
@NullMarked
package sg.assay.run;

import org.jspecify.annotations.NullMarked;
