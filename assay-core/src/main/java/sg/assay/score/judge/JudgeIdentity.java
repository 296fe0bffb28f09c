package sg.assay.score.judge;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import sg.assay.json.Json;

/**
 * What makes a judge's verdicts what they are: the judge target (its spec, which names the model snapshot), the
 * rubric (id, version and the digest of its file) and the parameters that can change a verdict. A validation belongs
 * to one identity; when any part changes, the validation is stale.
 *
 * @param digest the SHA-256 of the other fields as canonical JSON, {@code sha256:<hex>}
 * @param target the judge target's spec, secrets removed (e.g. {@code openai/gpt-4o-2024-08-06})
 * @param rubric the rubric id
 * @param rubricVersion the rubric version
 * @param rubricDigest the digest of the rubric file
 * @param params the verdict-changing parameters, sorted
 */
public record JudgeIdentity(
        String digest,
        String target,
        String rubric,
        int rubricVersion,
        String rubricDigest,
        Map<String, String> params) {
    public JudgeIdentity {
        params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
    }

    public static JudgeIdentity of(String target, Rubric rubric, Map<String, String> params) {
        return of(target, rubric.id(), rubric.version(), rubric.digest(), params);
    }

    public static JudgeIdentity of(
            String target, String rubric, int rubricVersion, String rubricDigest, Map<String, String> params) {
        Map<String, Object> canonical = new LinkedHashMap<>();
        canonical.put("target", target);
        canonical.put("rubric", rubric);
        canonical.put("rubric_version", rubricVersion);
        canonical.put("rubric_digest", rubricDigest);
        canonical.put("params", new TreeMap<>(params));
        String digest = Rubrics.digest(Json.write(canonical).getBytes(StandardCharsets.UTF_8));
        return new JudgeIdentity(digest, target, rubric, rubricVersion, rubricDigest, params);
    }

    /** The first 12 hex digits of the digest, for display. */
    public String shortId() {
        return digest.substring("sha256:".length(), "sha256:".length() + 12);
    }

    /** What differs from an earlier identity, one phrase per part; empty when they are the same judge. */
    public List<String> changesSince(JudgeIdentity earlier) {
        List<String> changes = new ArrayList<>();
        if (!target.equals(earlier.target)) {
            changes.add("judge target " + earlier.target + " -> " + target);
        }
        if (!rubric.equals(earlier.rubric)) {
            changes.add("rubric " + earlier.rubric + " -> " + rubric);
        } else if (rubricVersion != earlier.rubricVersion) {
            changes.add("rubric version " + earlier.rubricVersion + " -> " + rubricVersion);
        } else if (!rubricDigest.equals(earlier.rubricDigest)) {
            changes.add("rubric text changed without a new version");
        }
        Set<String> keys = new TreeSet<>(params.keySet());
        keys.addAll(earlier.params.keySet());
        for (String k : keys) {
            String was = earlier.params.getOrDefault(k, "(unset)");
            String now = params.getOrDefault(k, "(unset)");
            if (!was.equals(now)) {
                changes.add("parameter " + k + " " + was + " -> " + now);
            }
        }
        return changes;
    }

    /** The identity as score metadata / spec parameters. */
    public Map<String, String> asMetadata(String prefix) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(prefix + "identity", digest);
        m.put(prefix + "target", target);
        m.put(prefix + "rubric", rubric);
        m.put(prefix + "rubric_version", Integer.toString(rubricVersion));
        m.put(prefix + "rubric_digest", rubricDigest);
        params.forEach((k, v) -> m.put(prefix + "param." + k, v));
        return m;
    }

    /** Reads an identity back from {@link #asMetadata} output; the digest is recomputed, not trusted. */
    public static JudgeIdentity fromMetadata(Map<String, String> m, String prefix) {
        Map<String, String> params = new TreeMap<>();
        m.forEach((k, v) -> {
            if (k.startsWith(prefix + "param.")) {
                params.put(k.substring((prefix + "param.").length()), v);
            }
        });
        return of(
                m.getOrDefault(prefix + "target", ""),
                m.getOrDefault(prefix + "rubric", ""),
                Integer.parseInt(m.getOrDefault(prefix + "rubric_version", "0")),
                m.getOrDefault(prefix + "rubric_digest", ""),
                params);
    }
}
