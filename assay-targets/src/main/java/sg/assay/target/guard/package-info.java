/**
 * Guard models as classifier targets behind an OpenAI-compatible endpoint (vLLM, Ollama, TGI, ...):
 * {@code llama-guard/<model>} (Llama Guard 1 to 4, chat or raw completions, custom categories) and
 * {@code shieldgemma/<model>} (one Yes/No question per policy, scored from the Yes/No token logprobs). Each maps its
 * categories onto the common label set of {@code sg.assay.classify}; categories it does not cover are not assessed.
 */
@NullMarked
package sg.assay.target.guard;

import org.jspecify.annotations.NullMarked;
