/**
 * Languages: the nine BCP 47 languages the project measures with their scripts and registers, per-dataset maps from a
 * source's own language codes, offline language identification (Lingua) behind {@link
 * sg.assay.language.LanguageIdentifier}, and the item checker that flags text not written the way its tag says.
 */
@NullMarked
package sg.assay.language;

import org.jspecify.annotations.NullMarked;
