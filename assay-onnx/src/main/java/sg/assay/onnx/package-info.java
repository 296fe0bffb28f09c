/**
 * In-process ONNX text classifiers as targets: {@code onnx/<path>} runs a user-supplied transformer model with
 * onnxruntime and a HuggingFace {@code tokenizer.json}, mapping either its logits ({@code labels=}) or its mean-pooled
 * embedding fed through embed-head heads ({@code head=}) onto the common label set of {@code sg.assay.classify}. Kept
 * in its own module so the runtime's native libraries stay out of the others.
 */
@NullMarked
package sg.assay.onnx;

import org.jspecify.annotations.NullMarked;
