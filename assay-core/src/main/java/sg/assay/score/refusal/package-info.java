/**
 * A refusal scorer that needs no model: cue patterns per language (resource files, not code) find refusals, safe
 * redirections, partial-answer hand-overs and caveats in a response, and a small set of rules about where the cues sit
 * and how much substance surrounds them decides between full refusal, partial refusal and compliance.
 */
@NullMarked
package sg.assay.score.refusal;

import org.jspecify.annotations.NullMarked;
