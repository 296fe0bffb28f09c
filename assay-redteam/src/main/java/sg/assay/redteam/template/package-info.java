/** Jailbreak templates authored by this project (role-play, hypothetical, developer mode, refusal suppression, prefix injection, crescendo openers), and public template sets read through the importers. */
@NullMarked
package sg.assay.redteam.template;

import org.jspecify.annotations.NullMarked;
