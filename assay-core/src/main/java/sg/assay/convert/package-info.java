/**
 * Converters: functions from prompt to prompt that change how a request looks without changing what it asks
 * (encodings, obfuscations, invisible characters, layout, templates). They compose into chains written in the
 * {@link sg.assay.Spec} syntax joined by {@code |}, e.g. {@code leetspeak|base64}. Every converter here is
 * deterministic: the random ones take a {@code seed}. Model-driven converters (translation, paraphrase) live in the
 * red-teaming module.
 */
@NullMarked
package sg.assay.convert;

import org.jspecify.annotations.NullMarked;
