package sg.assay.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.SplittableRandom;
import sg.assay.json.Json;

/** {@code POST /v1/embeddings}: deterministic unit vectors seeded by each input's text. */
final class Embeddings {
    static final int DEFAULT_DIMENSIONS = 256;

    private Embeddings() {}

    static Reply embed(JsonNode body) {
        String model = ChatCall.model(body);
        List<String> inputs = inputs(body.path("input"));
        int dims = body.path("dimensions").asInt(DEFAULT_DIMENSIONS);
        if (dims < 1 || dims > 4096) {
            throw ApiError.invalid("dimensions", "Invalid 'dimensions': expected a value between 1 and 4096.");
        }
        boolean base64 = body.path("encoding_format").asText("float").equals("base64");
        ObjectNode root = Json.mapper().createObjectNode().put("object", "list");
        ArrayNode data = root.putArray("data");
        int tokens = 0;
        for (int i = 0; i < inputs.size(); i++) {
            float[] v = vector(inputs.get(i), dims);
            ObjectNode e = data.addObject().put("object", "embedding").put("index", i);
            if (base64) {
                ByteBuffer buf = ByteBuffer.allocate(dims * 4).order(ByteOrder.LITTLE_ENDIAN);
                for (float f : v) {
                    buf.putFloat(f);
                }
                e.put("embedding", Base64.getEncoder().encodeToString(buf.array()));
            } else {
                ArrayNode a = e.putArray("embedding");
                for (float f : v) {
                    a.add(f);
                }
            }
            tokens += Responder.tokens(inputs.get(i));
        }
        root.put("model", model);
        root.putObject("usage").put("prompt_tokens", tokens).put("total_tokens", tokens);
        return Reply.Json.ok(root);
    }

    private static List<String> inputs(JsonNode input) {
        if (input.isMissingNode() || input.isNull()) {
            throw ApiError.missing("input");
        }
        List<String> out = new ArrayList<>();
        if (input.isTextual()) {
            out.add(input.asText());
        } else if (input.isArray() && !input.isEmpty()) {
            for (JsonNode n : input) {
                out.add(n.isTextual() ? n.asText() : n.toString());
            }
        } else {
            throw ApiError.invalid("input", "Invalid 'input': expected a string or a non-empty array.");
        }
        for (String s : out) {
            if (s.isEmpty()) {
                throw ApiError.invalid("input", "Invalid 'input': empty string.");
            }
        }
        return out;
    }

    static float[] vector(String text, int dims) {
        SplittableRandom r = new SplittableRandom(Responder.fnv(text));
        float[] v = new float[dims];
        double norm = 0;
        for (int i = 0; i < dims; i++) {
            v[i] = (float) (r.nextDouble() * 2 - 1);
            norm += v[i] * v[i];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < dims; i++) {
            v[i] *= scale;
        }
        return v;
    }
}
