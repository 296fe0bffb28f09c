/**
 * Suites authored by the project (such as {@code sea-safety} and the held-out {@code sea-smoke}): intents realised in
 * the nine languages, read from YAML files listed in a committed index on the classpath, turned into a
 * {@link sg.assay.dataset.Dataset}, and validated (languages complete, no duplicates, provenance present, scripts and
 * language identification agreeing with the tags).
 */
@NullMarked
package sg.assay.suite;

import org.jspecify.annotations.NullMarked;
