/**
 * The mock server: a real HTTP server on loopback that speaks the OpenAI Chat Completions, Responses, embeddings,
 * moderations and models APIs, Anthropic Messages, Azure OpenAI deployment routes and a small stateful JSON chat app.
 * Answers are deterministic per prompt, scripted behaviours are chosen by model name, and faults (latency, errors
 * with wait hints, truncated bodies, stalls, dropped connections) are injected on request.
 */
@NullMarked
package sg.assay.server;

import org.jspecify.annotations.NullMarked;
