/** Model-driven converters: translation into the nine languages, code-switching rewrites, paraphrase, tone, persuasion and low-resource-language pivoting, each a prompt (in a resource file) sent to any target. */
@NullMarked
package sg.assay.redteam.convert;

import org.jspecify.annotations.NullMarked;
