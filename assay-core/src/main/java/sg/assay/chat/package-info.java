/**
 * Interactive red-teaming: a human talks to a target turn by turn, transforms a turn with a converter chain, applies
 * a scorer or judge to the last answer, and saves the session as a finding with its transcript.
 */
@NullMarked
package sg.assay.chat;

import org.jspecify.annotations.NullMarked;
