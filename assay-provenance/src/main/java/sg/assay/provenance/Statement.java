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
 * An in-toto Statement v1 (github.com/in-toto/attestation): the subjects it is about, each named with its digests,
 * and a typed predicate saying what is claimed. It is the payload Assay signs, written in its canonical form.
 */
public record Statement(List<Subject> subjects, String predicateType, JsonNode predicate) {
    public static final String TYPE = "https://in-toto.io/Statement/v1";
    public static final String PAYLOAD_TYPE = "application/vnd.in-toto+json";

    public Statement {
        subjects = List.copyOf(subjects);
        predicate = predicate.deepCopy();
    }

    /**
     * A subject: a name and its digests by algorithm, hex without prefix. {@code sha256} is over the bytes;
     * {@code rfc8785-sha256} over the canonical JSON form; {@code rfc8785-lines-sha256} over a JSONL file's lines.
     */
    public record Subject(String name, Map<String, String> digest) {
        public Subject {
            digest = Map.copyOf(digest);
        }
    }

    public ObjectNode toJson() {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        o.put("_type", TYPE);
        ArrayNode subs = o.putArray("subject");
        for (Subject s : subjects) {
            ObjectNode n = subs.addObject();
            n.put("name", s.name());
            ObjectNode d = n.putObject("digest");
            s.digest().forEach(d::put);
        }
        o.put("predicateType", predicateType);
        o.set("predicate", predicate.deepCopy());
        return o;
    }

    /** The payload to sign: the canonical JSON bytes. */
    public byte[] bytes() {
        return CanonicalJson.bytes(toJson());
    }

    public static Statement fromPayload(byte[] payload, String where) {
        JsonNode o;
        try {
            o = CanonicalJson.parse(new String(payload, java.nio.charset.StandardCharsets.UTF_8));
        } catch (ConfigException e) {
            throw new ConfigException(where + " payload is not an in-toto statement: " + e.getMessage());
        }
        if (!TYPE.equals(o.path("_type").asText())) {
            throw new ConfigException(where + " payload is not an in-toto Statement v1: _type is '"
                    + o.path("_type").asText() + "'");
        }
        List<Subject> subjects = new ArrayList<>();
        for (JsonNode s : o.path("subject")) {
            Map<String, String> d = new LinkedHashMap<>();
            s.path("digest")
                    .properties()
                    .forEach(e -> d.put(e.getKey(), e.getValue().asText()));
            subjects.add(new Subject(s.path("name").asText(), d));
        }
        return new Statement(subjects, o.path("predicateType").asText(), o.path("predicate"));
    }
}
