package sg.assay.onnx;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import sg.assay.ConfigException;

/**
 * A transformer text model loaded with onnxruntime and its HuggingFace tokenizer: tokenises one text, feeds
 * {@code input_ids}, {@code attention_mask} and {@code token_type_ids} (those the model declares) and returns one
 * output as a vector: a rank-2 output's first row, or a rank-3 output (e.g. {@code last_hidden_state}) mean-pooled
 * over the attention mask. Thread-safe: onnxruntime sessions and the tokenizer may be shared.
 */
public final class OnnxEncoder implements AutoCloseable {
    static final List<String> FEEDS = List.of("input_ids", "attention_mask", "token_type_ids");

    /**
     * DJL probes for CUDA when it loads the tokenizer's native library and logs a warning on a machine with a CUDA
     * runtime but no driver; tokenizing never uses a GPU, so that logger is quietened (held here: JUL keeps loggers
     * weakly).
     */
    private static final java.util.logging.Logger CUDA_PROBE = quiet("ai.djl.util.cuda");

    private final String owner;
    private final OrtEnvironment env;
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final Map<String, OnnxJavaType> inputs;
    private final String output;
    private final boolean pool;

    /**
     * Loads a model; {@code output} names the output to read, or is empty to take the first of {@code preferred}
     * the model has, else its first output; {@code pool} allows a per-token output to be mean-pooled (an embedding
     * model), which for a classifier's logits would be a mistake.
     */
    public OnnxEncoder(
            String owner,
            Path model,
            Path tokenizerFile,
            int maxLength,
            int threads,
            String output,
            List<String> preferred,
            boolean pool) {
        this.owner = owner;
        this.pool = pool;
        if (!Files.isRegularFile(model)) {
            throw new ConfigException(
                    owner + ": model file " + model + " does not exist; expected onnx/<path to a" + " .onnx file>");
        }
        if (!Files.isRegularFile(tokenizerFile)) {
            throw new ConfigException(owner + ": no HuggingFace tokenizer at " + tokenizerFile + "; put the model's"
                    + " tokenizer.json beside it or name it with tokenizer=<file>");
        }
        this.env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions opts = new OrtSession.SessionOptions()) {
            opts.setIntraOpNumThreads(threads);
            opts.setInterOpNumThreads(1);
            this.session = env.createSession(model.toString(), opts);
            this.inputs = inputs(session.getInputInfo());
            this.output = chooseOutput(session.getOutputInfo(), output, preferred);
        } catch (OrtException e) {
            throw new ConfigException(owner + ": cannot load ONNX model " + model + ": " + firstLine(e));
        }
        this.tokenizer = tokenizer(tokenizerFile, maxLength);
    }

    private Map<String, OnnxJavaType> inputs(Map<String, NodeInfo> declared) {
        Map<String, OnnxJavaType> out = new LinkedHashMap<>();
        for (Map.Entry<String, NodeInfo> e : declared.entrySet()) {
            OnnxJavaType type = e.getValue().getInfo() instanceof TensorInfo t ? t.type : OnnxJavaType.UNKNOWN;
            if (!FEEDS.contains(e.getKey()) || !(type == OnnxJavaType.INT64 || type == OnnxJavaType.INT32)) {
                throw new ConfigException(owner + ": the model expects inputs " + describe(declared)
                        + "; Assay feeds a text model's integer inputs " + FEEDS + " only, not '" + e.getKey() + "'");
            }
            out.put(e.getKey(), type);
        }
        if (!out.containsKey("input_ids")) {
            throw new ConfigException(owner + ": the model expects inputs " + describe(declared)
                    + " but no input_ids; expected a transformer text model");
        }
        return out;
    }

    private String chooseOutput(Map<String, NodeInfo> declared, String wanted, List<String> preferred) {
        if (!wanted.isBlank()) {
            if (!declared.containsKey(wanted)) {
                throw new ConfigException(
                        owner + ": the model has no output '" + wanted + "'; its outputs are " + declared.keySet());
            }
            return wanted;
        }
        return preferred.stream()
                .filter(declared::containsKey)
                .findFirst()
                .orElse(declared.keySet().iterator().next());
    }

    private HuggingFaceTokenizer tokenizer(Path file, int maxLength) {
        try {
            return HuggingFaceTokenizer.builder()
                    .optTokenizerPath(file)
                    .optMaxLength(maxLength)
                    .optTruncation(true)
                    .optPadding(false)
                    .build();
        } catch (IOException | RuntimeException e) {
            throw new ConfigException(owner + ": cannot read tokenizer " + file
                    + " (expected a HuggingFace tokenizer.json): " + firstLine(e));
        }
    }

    /** The output this encoder reads. */
    public String output() {
        return output;
    }

    /** The token ids the tokenizer gives a text (with special tokens, truncated to the maximum length). */
    public long[] tokenIds(String text) {
        return tokenizer.encode(text).getIds();
    }

    /** Runs the model on one text and returns the chosen output as one vector (see the class comment). */
    public float[] vector(String text) throws OrtException {
        Encoding enc = tokenizer.encode(text);
        long[] mask = enc.getAttentionMask();
        Map<String, long[]> feeds =
                Map.of("input_ids", enc.getIds(), "attention_mask", mask, "token_type_ids", enc.getTypeIds());
        Map<String, OnnxTensor> tensors = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, OnnxJavaType> in : inputs.entrySet()) {
                tensors.put(in.getKey(), tensor(feeds.getOrDefault(in.getKey(), mask), in.getValue()));
            }
            try (OrtSession.Result r = session.run(tensors, Set.of(output))) {
                OnnxValue v = r.get(output).orElseThrow(() -> new ConfigException(owner + ": no output " + output));
                if (!(v instanceof OnnxTensor t) || t.getInfo().type != OnnxJavaType.FLOAT) {
                    throw new ConfigException(
                            owner + ": output '" + output + "' is " + v.getInfo() + "; expected a float tensor");
                }
                return Pooling.vector(owner, output, t.getInfo().getShape(), t.getFloatBuffer(), mask, pool);
            }
        } finally {
            tensors.values().forEach(OnnxTensor::close);
        }
    }

    private OnnxTensor tensor(long[] values, OnnxJavaType type) throws OrtException {
        if (type == OnnxJavaType.INT32) {
            int[] ints = new int[values.length];
            for (int i = 0; i < ints.length; i++) {
                ints[i] = Math.toIntExact(values[i]);
            }
            return OnnxTensor.createTensor(env, new int[][] {ints});
        }
        return OnnxTensor.createTensor(env, new long[][] {values});
    }

    private static String describe(Map<String, NodeInfo> declared) {
        StringBuilder sb = new StringBuilder("[");
        declared.forEach((k, v) -> sb.append(sb.length() > 1 ? ", " : "")
                .append(k)
                .append(
                        v.getInfo() instanceof TensorInfo t
                                ? " " + t.type.name().toLowerCase(java.util.Locale.ROOT)
                                : ""));
        return sb.append(']').toString();
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger l = java.util.logging.Logger.getLogger(name);
        l.setLevel(java.util.logging.Level.SEVERE);
        return l;
    }

    static String firstLine(Exception e) {
        return String.valueOf(e.getMessage())
                .lines()
                .findFirst()
                .orElse(e.getClass().getSimpleName());
    }

    @Override
    public void close() {
        tokenizer.close();
        try {
            session.close();
        } catch (OrtException e) {
            // nothing left to release that the runtime did not already
        }
    }

    /** Copies {@code n} floats of a buffer starting at {@code from}. */
    static float[] read(FloatBuffer b, int from, int n) {
        float[] out = new float[n];
        b.get(from, out, 0, n);
        return out;
    }
}
