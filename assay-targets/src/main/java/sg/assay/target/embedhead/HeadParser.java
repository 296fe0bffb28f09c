package sg.assay.target.embedhead;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import sg.assay.ConfigException;
import sg.assay.classify.HarmCategory;
import sg.assay.classify.Severity;

/** Reads the JSON of a head file into {@link HeadFile}, with one-line errors naming the file, head and field. */
final class HeadParser {
    private final String source;

    private HeadParser(String source) {
        this.source = source;
    }

    static HeadFile parse(String source, JsonNode root) {
        return new HeadParser(source).file(root);
    }

    private HeadFile file(JsonNode root) {
        String format = root.path("format").asText("");
        if (!format.equals(HeadFile.FORMAT)) {
            throw bad("", "format", "\"" + HeadFile.FORMAT + "\"", root.path("format"));
        }
        String model = root.path("embedding_model").asText("");
        if (model.isBlank()) {
            throw bad("", "embedding_model", "the embedding model's name", root.path("embedding_model"));
        }
        JsonNode dimNode = root.path("dimension");
        if (!dimNode.canConvertToInt() || !dimNode.isIntegralNumber() || dimNode.asInt() < 1) {
            throw bad("", "dimension", "a positive integer", dimNode);
        }
        int dim = dimNode.asInt();
        JsonNode list = root.path("heads");
        if (!list.isArray() || list.isEmpty()) {
            throw bad("", "heads", "a non-empty array of heads", list);
        }
        List<Head> heads = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (JsonNode h : list) {
            Head head = head(h, dim, heads.size());
            if (!names.add(head.name())) {
                throw new ConfigException("head file " + source + ": head name '" + head.name() + "' is used twice");
            }
            heads.add(head);
        }
        return new HeadFile(source, model, dim, root.path("normalize").asBoolean(false), heads);
    }

    private Head head(JsonNode h, int dim, int index) {
        String name = h.path("name").asText("");
        String where = "head " + (name.isBlank() ? "#" + index : "'" + name + "'");
        if (name.isBlank()) {
            throw bad(where, "name", "a non-empty name", h.path("name"));
        }
        HarmCategory category = category(where, h.path("category"));
        String type = h.path("type").asText("");
        return switch (type) {
            case "logistic" ->
                new Head.Logistic(
                        name,
                        category,
                        vector(where, "weights", h.path("weights"), dim),
                        number(where, "bias", h.path("bias")),
                        h.has("threshold") ? probability(where, h.path("threshold")) : 0.5,
                        h.has("severity")
                                ? Optional.of(severity(where, "severity", h.path("severity")))
                                : Optional.empty());
            case "softmax" -> softmax(name, where, category, h, dim);
            default -> throw bad(where, "type", "\"logistic\" or \"softmax\"", h.path("type"));
        };
    }

    private Head softmax(String name, String where, HarmCategory category, JsonNode h, int dim) {
        JsonNode levelNodes = h.path("levels");
        if (!levelNodes.isArray() || levelNodes.size() < 2) {
            throw bad(
                    where, "levels", "an array of at least two severity levels (none, low, medium, high)", levelNodes);
        }
        List<Severity> levels = new ArrayList<>();
        levelNodes.forEach(l -> levels.add(severity(where, "levels", l)));
        JsonNode rows = h.path("weights");
        if (!rows.isArray() || rows.size() != levels.size()) {
            throw bad(where, "weights", "one weight row per level (" + levels.size() + " rows)", rows);
        }
        double[][] w = new double[levels.size()][];
        for (int k = 0; k < w.length; k++) {
            w[k] = vector(where, "weights[" + k + "]", rows.get(k), dim);
        }
        JsonNode b = h.path("biases");
        if (!b.isArray() || b.size() != levels.size()) {
            throw bad(where, "biases", "one bias per level (" + levels.size() + " numbers)", b);
        }
        double[] biases = new double[levels.size()];
        for (int k = 0; k < biases.length; k++) {
            biases[k] = number(where, "biases[" + k + "]", b.get(k));
        }
        Optional<Double> threshold =
                h.has("threshold") ? Optional.of(probability(where, h.path("threshold"))) : Optional.empty();
        return new Head.Softmax(name, category, levels, w, biases, threshold);
    }

    private HarmCategory category(String where, JsonNode n) {
        String text = n.asText("").strip();
        try {
            return HarmCategory.valueOf(text.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw bad(
                    where,
                    "category",
                    "a common category ("
                            + String.join(
                                    ", ",
                                    Arrays.stream(HarmCategory.values())
                                            .map(HarmCategory::label)
                                            .toList())
                            + ")",
                    n);
        }
    }

    private Severity severity(String where, String field, JsonNode n) {
        try {
            return Severity.valueOf(n.asText("").strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw bad(where, field, "a severity: none, low, medium or high", n);
        }
    }

    private double[] vector(String where, String field, JsonNode n, int dim) {
        if (!n.isArray() || n.size() != dim) {
            throw bad(
                    where,
                    field,
                    "an array of " + dim + " numbers (the file's dimension)",
                    n.isArray() ? "an array of " + n.size() : shortText(n));
        }
        double[] out = new double[dim];
        for (int i = 0; i < dim; i++) {
            out[i] = number(where, field + "[" + i + "]", n.get(i));
        }
        return out;
    }

    private double number(String where, String field, JsonNode n) {
        if (!n.isNumber() || !Double.isFinite(n.asDouble())) {
            throw bad(where, field, "a finite number", n);
        }
        return n.asDouble();
    }

    private double probability(String where, JsonNode n) {
        double t = number(where, "threshold", n);
        if (t < 0 || t > 1) {
            throw bad(where, "threshold", "a number in [0, 1]", n);
        }
        return t;
    }

    private ConfigException bad(String where, String field, String expected, JsonNode got) {
        return bad(where, field, expected, shortText(got));
    }

    private ConfigException bad(String where, String field, String expected, String got) {
        return new ConfigException("head file " + source + (where.isEmpty() ? "" : ", " + where) + ": '" + field
                + "' is " + got + "; expected " + expected);
    }

    private static String shortText(JsonNode n) {
        if (n.isMissingNode()) {
            return "missing";
        }
        String s = n.toString();
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
