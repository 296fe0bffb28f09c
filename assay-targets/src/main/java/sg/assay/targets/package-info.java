/**
 * What every HTTP target shares: the JDK HTTP transport with its timeouts, the one mapper from HTTP failures to
 * target exceptions, wait hints, secret lookup and redaction, the catalog of named targets, and the list of target
 * components the command line registers.
 */
@NullMarked
package sg.assay.targets;

import org.jspecify.annotations.NullMarked;
