/**
 * The {@code anthropic/<model>} target: Anthropic's Messages API, with the system prompt at the top level, a
 * required {@code max_tokens}, the {@code anthropic-version} header, and {@code stop_reason: refusal} reported as a
 * provider refusal.
 */
@NullMarked
package sg.assay.target.anthropic;

import org.jspecify.annotations.NullMarked;
