/**
 * Targets: the systems under test. A target sends one request and classifies its errors; retries, limits and
 * caching belong to the engine. The {@code mock/*} targets are first-class, documented test doubles, never models.
 */
@NullMarked
package sg.assay.target;

import org.jspecify.annotations.NullMarked;
