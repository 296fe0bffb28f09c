/**
 * The command line: picocli commands and the composition root ({@link sg.assay.cli.Wiring}), the only place that
 * knows every implementation.
 */
@NullMarked
package sg.assay.cli;

import org.jspecify.annotations.NullMarked;
