/**
 * Purpose-driven generation of red-team test cases: an application's purpose, audience and policy (what it must never
 * do, what is out of scope, which data it holds) go to an attacker model (any target), which writes targeted attack
 * prompts in each of the nine languages. Candidates are deduplicated (normalised text, then character-shingle
 * near-duplicates) and become a dataset that can be reviewed, edited and rerun.
 */
@NullMarked
package sg.assay.probe.generate;

import org.jspecify.annotations.NullMarked;
