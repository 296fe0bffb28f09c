/**
 * The {@code http/<name>} target: a JSON-over-HTTP application under test, driven by a request template with the
 * prompt and conversation inserted and a path to the answer in the response; an optional session reset call lets
 * multi-turn attacks replay conversations against stateful applications.
 */
@NullMarked
package sg.assay.target.http;

import org.jspecify.annotations.NullMarked;
