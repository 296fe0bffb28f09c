/**
 * The built-in mock targets: first-class, documented test doubles for demos and tests ({@code mock/echo},
 * {@code mock/refuse}, {@code mock/comply}, {@code mock/scripted}, {@code mock/flaky}). They are never models, and
 * reports name them as mocks.
 */
@NullMarked
package sg.assay.mock;

import org.jspecify.annotations.NullMarked;
