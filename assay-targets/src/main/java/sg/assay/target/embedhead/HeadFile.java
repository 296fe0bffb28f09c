package sg.assay.target.embedhead;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import sg.assay.ConfigException;
import sg.assay.classify.Classification;
import sg.assay.json.Json;

/**
 * A head file ({@code "format": "assay-embed-head/1"}): the embedding model and dimension the heads were trained for,
 * whether to L2-normalise the embedding first, and the heads. See docs/targets.md and
 * docs/schemas/embed-head.schema.json for the format.
 *
 * @param source where it was read from, for messages
 * @param embeddingModel the embedding model the heads were trained on
 * @param dimension the embedding dimension every head takes
 * @param normalize whether to L2-normalise the embedding before the heads
 * @param heads the heads, in file order
 */
public record HeadFile(String source, String embeddingModel, int dimension, boolean normalize, List<Head> heads) {
    public static final String FORMAT = "assay-embed-head/1";

    public HeadFile {
        heads = List.copyOf(heads);
    }

    /** Reads and checks a head file, with a one-line error naming the file and what is wrong. */
    public static HeadFile load(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new ConfigException("head file " + path + " does not exist; expected a " + FORMAT + " JSON file");
        }
        JsonNode root;
        try {
            root = Json.mapper().readTree(path.toFile());
        } catch (IOException e) {
            throw new ConfigException("head file " + path + " is not valid JSON: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        return HeadParser.parse(path.toString(), root);
    }

    /**
     * Checks that an embedding model and its vectors fit these heads: a head trained on another model's embeddings
     * gives meaningless scores, so a mismatch is an error rather than a warning.
     */
    public void requireModel(String owner, String model) {
        if (!model.equals(embeddingModel)) {
            throw new ConfigException(owner + ": head file " + source + " was trained on embedding model '"
                    + embeddingModel + "', not '" + model + "'; use a head trained for " + model);
        }
    }

    /** A one-line error when an embedding's dimension is not the heads' dimension, else nothing. */
    public String dimensionProblem(String owner, int actual) {
        return actual == dimension
                ? ""
                : String.format(
                        Locale.ROOT,
                        "%s: the embedding has %d dimensions but head file %s expects %d (trained on %s)",
                        owner,
                        actual,
                        source,
                        dimension,
                        embeddingModel);
    }

    /** Runs every head on one embedding (of {@link #dimension}); the caller checks the dimension first. */
    public Scored classify(float[] embedding) {
        float[] x = normalize ? unit(embedding) : embedding;
        List<sg.assay.classify.Assessment> parts = new ArrayList<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (Head h : heads) {
            sg.assay.classify.Assessment a = h.assess(x);
            parts.add(a);
            scores.put(h.name(), a.score());
        }
        return new Scored(Classification.of(parts), scores);
    }

    /** The classification, and each head's own score by head name (several heads may share a category). */
    public record Scored(Classification classification, Map<String, Double> headScores) {
        public Scored {
            headScores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headScores));
        }

        /** The classification's metadata plus {@code head.<name>} = each head's score. */
        public Map<String, String> metadata() {
            Map<String, String> m = new LinkedHashMap<>(classification.metadata());
            headScores.forEach((k, v) -> m.put("head." + k, String.format(Locale.ROOT, "%.4f", v)));
            return m;
        }
    }

    static float[] unit(float[] v) {
        double n = 0;
        for (float f : v) {
            n += (double) f * f;
        }
        if (n == 0) {
            return v;
        }
        float[] out = new float[v.length];
        double s = 1 / Math.sqrt(n);
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] * s);
        }
        return out;
    }
}
