/**
 * Moderation classifiers as targets: {@code openai-moderation/<model>} (OpenAI's moderations endpoint, or any server
 * that speaks it). Each maps its categories onto the common label set of {@code sg.assay.classify}; categories it does
 * not cover are reported as not assessed.
 */
@NullMarked
package sg.assay.target.moderation;

import org.jspecify.annotations.NullMarked;
