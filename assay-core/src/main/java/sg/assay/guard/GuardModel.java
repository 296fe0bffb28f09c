package sg.assay.guard;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import sg.assay.AssayException;
import sg.assay.ConfigException;
import sg.assay.json.Json;

/**
 * A trained guard: the feature space, one weight per bucket, an intercept and a decision threshold chosen on the
 * validation split. Immutable and thread-safe. The file is gzip-compressed: a magic number, a JSON header (the facts
 * of its training, for the model card) and the weights as big-endian 32-bit floats; the same training gives the same
 * bytes.
 */
public final class GuardModel {
    static final int MAGIC = 0x41534744; // "ASGD"
    static final int VERSION = 1;
    static final String BUNDLED = "sg/assay/guard/local-guard.bin";

    /**
     * What a model file says about itself.
     *
     * @param space the feature space
     * @param bias the intercept
     * @param threshold flag when the probability is at least this
     * @param info facts of its training (data digest, λ, objective, split digest, counts), as text
     */
    public record Header(
            @JsonProperty("space") FeatureSpace space,
            @JsonProperty("bias") double bias,
            @JsonProperty("threshold") double threshold,
            @JsonProperty("info") Map<String, String> info) {
        public Header {
            info = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(info));
        }
    }

    private final Header header;
    private final float[] weights;

    GuardModel(Header header, float[] weights) {
        if (weights.length != header.space().dimension()) {
            throw new IllegalArgumentException(
                    "expected " + header.space().dimension() + " weights, got " + weights.length);
        }
        this.header = header;
        this.weights = weights.clone();
    }

    public Header header() {
        return header;
    }

    public double threshold() {
        return header.threshold();
    }

    /** The probability that the text is a harmful request, in [0, 1]. */
    public double score(String text) {
        SparseVector v = header.space().vector(text);
        return LogisticRegression.sigmoid(v.dot(weights) + header.bias());
    }

    /** The guard's decision on a text at its threshold. */
    public GuardVerdict classify(String text) {
        double p = score(text);
        return new GuardVerdict(p, p >= header.threshold(), header.threshold());
    }

    /** The same weights with another threshold (e.g. a stricter deployment setting). */
    public GuardModel withThreshold(double threshold) {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new ConfigException("guard threshold must be in [0, 1]: " + threshold);
        }
        return new GuardModel(new Header(header.space(), header.bias(), threshold, header.info()), weights);
    }

    /** The model shipped inside Assay, read once. */
    public static GuardModel bundled() {
        return Bundled.MODEL;
    }

    private static final class Bundled {
        static final GuardModel MODEL = load();

        private static GuardModel load() {
            try (InputStream in = GuardModel.class.getClassLoader().getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new AssayException("the bundled guard model " + BUNDLED + " is missing from the classpath");
                }
                return read(in);
            } catch (IOException e) {
                throw new AssayException("cannot read the bundled guard model: " + e.getMessage(), e);
            }
        }
    }

    public static GuardModel read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        } catch (IOException e) {
            throw new ConfigException("cannot read guard model " + file + ": " + e.getMessage(), e);
        }
    }

    static GuardModel read(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(new java.io.BufferedInputStream(new GZIPInputStream(raw, 1 << 16)));
        if (in.readInt() != MAGIC) {
            throw new ConfigException("not an Assay guard model file (bad magic number)");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new ConfigException(
                    "guard model format version " + version + " is not supported; expected " + VERSION);
        }
        byte[] json = new byte[in.readInt()];
        in.readFully(json);
        Header header = Json.mapper().readValue(json, Header.class);
        float[] w = new float[header.space().dimension()];
        for (int i = 0; i < w.length; i++) {
            w[i] = in.readFloat();
        }
        return new GuardModel(header, w);
    }

    public void write(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out);
        } catch (IOException e) {
            throw new ConfigException("cannot write guard model " + file + ": " + e.getMessage(), e);
        }
    }

    void write(OutputStream raw) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(raw, 1 << 16);
        DataOutputStream out = new DataOutputStream(gz);
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        byte[] json = Json.mapper().writeValueAsString(header).getBytes(StandardCharsets.UTF_8);
        out.writeInt(json.length);
        out.write(json);
        for (float w : weights) {
            out.writeFloat(w);
        }
        out.flush();
        gz.finish();
    }
}
