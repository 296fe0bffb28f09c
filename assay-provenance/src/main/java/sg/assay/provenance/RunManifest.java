package sg.assay.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a signature over a run claims: the run record's digest and the digest of each of its top-level fields, the
 * number of sample lines, each line's key and digest in order, and the digest over the ordered line digests. Keeping
 * the per-field and per-line digests lets verification name exactly what changed.
 */
public record RunManifest(
        String runId,
        String runDigest,
        Map<String, String> runFields,
        long samples,
        String samplesDigest,
        List<Line> lines) {
    public static final String PREDICATE_TYPE = "https://assay.sg/provenance/run-bundle/v1";

    public RunManifest {
        runFields = Map.copyOf(runFields);
        lines = List.copyOf(lines);
    }

    /** One sample line: which sample and epoch, and the digest of its canonical JSON. */
    public record Line(String sampleId, int epoch, String digest) {
        String label() {
            return "sample " + sampleId + ", epoch " + epoch;
        }

        String key() {
            return sampleId + "\u0000" + epoch;
        }
    }

    /** The short form kept inside a bundle file: run id, run digest, count and the digest over the lines. */
    public ObjectNode summaryJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("run_id", runId);
        o.put("run_digest", runDigest);
        o.put("samples", samples);
        o.put("samples_digest", samplesDigest);
        return o;
    }

    /** The full form: the predicate of the signed statement. */
    public ObjectNode toJson() {
        ObjectNode o = summaryJson();
        ObjectNode fields = o.putObject("run_fields");
        runFields.forEach(fields::put);
        ArrayNode arr = o.putArray("lines");
        for (Line l : lines) {
            arr.addObject()
                    .put("sample_id", l.sampleId())
                    .put("epoch", l.epoch())
                    .put("digest", l.digest());
        }
        return o;
    }

    public static RunManifest fromJson(JsonNode o) {
        Map<String, String> fields = new LinkedHashMap<>();
        o.path("run_fields")
                .properties()
                .forEach(e -> fields.put(e.getKey(), e.getValue().asText()));
        List<Line> lines = new ArrayList<>();
        for (JsonNode l : o.path("lines")) {
            lines.add(new Line(
                    l.path("sample_id").asText(),
                    l.path("epoch").asInt(),
                    l.path("digest").asText()));
        }
        return new RunManifest(
                o.path("run_id").asText(),
                o.path("run_digest").asText(),
                fields,
                o.path("samples").asLong(),
                o.path("samples_digest").asText(),
                lines);
    }
}
