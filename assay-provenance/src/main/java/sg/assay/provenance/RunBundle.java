package sg.assay.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sg.assay.ConfigException;

/**
 * A run exported for signing: the run record and every sample line in stored order, each line with its digest, and a
 * manifest with the count and the digest over the ordered line digests. It is written in its canonical JSON form, so
 * {@code sha256sum} of the file equals its content digest.
 *
 * <p>The run record and the lines are the documented JSON of {@code runs show --json} and {@code runs export}; this
 * module only digests them, so it does not depend on how they are built.
 */
public record RunBundle(JsonNode run, List<JsonNode> lines) {
    public static final String TYPE = "https://assay.sg/provenance/run-bundle/v1";

    public RunBundle {
        lines = List.copyOf(lines);
    }

    public String runId() {
        return run.path("id").asText();
    }

    /** Computes the manifest: digests of the run record, its fields and every line. */
    public RunManifest manifest() {
        Map<String, String> fields = new LinkedHashMap<>();
        run.properties().forEach(e -> fields.put(e.getKey(), Digests.json(e.getValue())));
        List<RunManifest.Line> entries = new ArrayList<>(lines.size());
        for (JsonNode line : lines) {
            entries.add(new RunManifest.Line(
                    line.path("sample_id").asText(), line.path("epoch").asInt(), Digests.json(line)));
        }
        return new RunManifest(
                runId(),
                Digests.json(run),
                fields,
                entries.size(),
                Digests.sequence(entries.stream().map(RunManifest.Line::digest).toList()),
                entries);
    }

    public ObjectNode toJson() {
        return toJson(manifest());
    }

    ObjectNode toJson(RunManifest m) {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("type", TYPE);
        o.set("run", run);
        o.put("run_digest", m.runDigest());
        ArrayNode samples = o.putArray("samples");
        for (int i = 0; i < lines.size(); i++) {
            samples.addObject().put("digest", m.lines().get(i).digest()).set("line", lines.get(i));
        }
        o.set("manifest", m.summaryJson());
        return o;
    }

    /** The canonical bytes of the bundle file. */
    public byte[] bytes() {
        return CanonicalJson.bytes(toJson());
    }

    /** Reads a bundle file's JSON; the recorded digests are ignored here and recomputed by {@link #manifest}. */
    public static RunBundle fromJson(JsonNode o, String where) {
        if (!TYPE.equals(o.path("type").asText())) {
            throw new ConfigException(where + " is not an Assay run bundle: type is '"
                    + o.path("type").asText() + "', expected " + TYPE);
        }
        if (!o.path("run").isObject() || !o.path("samples").isArray()) {
            throw new ConfigException(where + " is not an Assay run bundle: 'run' or 'samples' is missing");
        }
        List<JsonNode> lines = new ArrayList<>();
        for (JsonNode s : o.path("samples")) {
            lines.add(s.path("line"));
        }
        return new RunBundle(o.path("run"), lines);
    }
}
