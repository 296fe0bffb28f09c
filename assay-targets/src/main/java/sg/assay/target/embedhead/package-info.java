/**
 * LionGuard-style classifiers: a text embedding fed into small classifier heads read from a head file
 * ({@link sg.assay.target.embedhead.HeadFile}). {@code embed-head/<name>} takes the embedding from an
 * OpenAI-compatible {@code /v1/embeddings} endpoint; {@code assay-onnx} feeds the same heads from a local model.
 */
@NullMarked
package sg.assay.target.embedhead;

import org.jspecify.annotations.NullMarked;
