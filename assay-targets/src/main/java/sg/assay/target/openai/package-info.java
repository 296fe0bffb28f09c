/**
 * The {@code openai/<model>} target: OpenAI's Chat Completions API (and the Responses API with {@code api=responses})
 * against OpenAI or any compatible server. The Chat Completions client is shared with the Azure OpenAI target.
 */
@NullMarked
package sg.assay.target.openai;

import org.jspecify.annotations.NullMarked;
