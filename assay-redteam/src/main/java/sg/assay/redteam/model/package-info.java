/**
 * Calls to the helper models of an attack (attacker, judge, rewriter): retries through the engine's retrier, a
 * concurrency limit, and the prompt files with placeholders they are sent.
 */
@NullMarked
package sg.assay.redteam.model;

import org.jspecify.annotations.NullMarked;
