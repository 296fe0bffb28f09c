package sg.assay.onnx;

import java.util.List;
import sg.assay.Component;
import sg.assay.Param;
import sg.assay.target.Target;

/** The in-process ONNX classifier component, for the command line's registry. */
public final class OnnxTargets {
    private OnnxTargets() {}

    public static List<Component<Target>> components() {
        return List.of(Component.of(
                "onnx/*",
                "classifier: an ONNX text model run in-process (onnxruntime) with its HuggingFace tokenizer.json,"
                        + " from logits (labels=) or embedding + heads (head=): onnx/<path to .onnx>",
                List.of(
                        Param.optional(
                                "labels",
                                "common category of each logit in order, safe for none (e.g. safe,unsafe)",
                                "(none)"),
                        Param.optional("activation", "softmax or sigmoid over the logits", "softmax"),
                        Param.optional("threshold", "score at which a logit's category is flagged", "0.5"),
                        Param.optional("head", "head file (assay-embed-head/1) to run on the embedding", "(none)"),
                        Param.optional(
                                "embedding-model",
                                "name the head file must have been trained for",
                                "(the model file's name without .onnx)"),
                        Param.optional("tokenizer", "HuggingFace tokenizer.json", "tokenizer.json beside the model"),
                        Param.optional(
                                "output",
                                "model output to read",
                                "logits, else sentence_embedding," + " last_hidden_state, else the first"),
                        Param.optional("max-length", "tokens kept per text (longer texts are truncated)", "512"),
                        Param.optional("threads", "onnxruntime intra-op threads", "1")),
                OnnxTarget::new));
    }
}
