package sg.assay.onnx;

import java.nio.FloatBuffer;
import java.util.Arrays;
import sg.assay.ConfigException;

/** Turns one model output for a single text into a vector: a rank-2 row, or a rank-3 mean over unmasked tokens. */
final class Pooling {
    private Pooling() {}

    static float[] vector(String owner, String output, long[] shape, FloatBuffer data, long[] mask, boolean pool) {
        if (shape.length == 2 && shape[0] == 1) {
            return OnnxEncoder.read(data, 0, (int) shape[1]);
        }
        if (shape.length == 3 && !pool) {
            throw new ConfigException(owner + ": output '" + output + "' has shape " + Arrays.toString(shape)
                    + ", one vector per token: an embedding model; use head=<head file>, or name a [1, n] logits"
                    + " output with output=");
        }
        if (shape.length == 3 && shape[0] == 1 && shape[1] == mask.length) {
            int seq = (int) shape[1];
            int hidden = (int) shape[2];
            float[] sum = new float[hidden];
            int count = 0;
            for (int t = 0; t < seq; t++) {
                if (mask[t] == 0) {
                    continue;
                }
                count++;
                for (int i = 0; i < hidden; i++) {
                    sum[i] += data.get(t * hidden + i);
                }
            }
            for (int i = 0; i < hidden; i++) {
                sum[i] /= Math.max(1, count);
            }
            return sum;
        }
        throw new ConfigException(owner + ": output '" + output + "' has shape " + Arrays.toString(shape)
                + "; expected [1, n] (logits or a pooled embedding) or [1, tokens, hidden] (last_hidden_state)");
    }
}
