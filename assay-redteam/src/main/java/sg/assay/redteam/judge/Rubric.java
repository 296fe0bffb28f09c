package sg.assay.redteam.judge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import sg.assay.AssayException;
import sg.assay.json.Json;
import sg.assay.score.judge.JudgeIdentity;

/**
 * A judge rubric in the judges' file format ({@code redteam/rubrics/<name>.yaml}): a versioned system prompt and user
 * template, the score scale, and the stated success threshold, so the judge can be validated like the others.
 *
 * @param name the rubric's name
 * @param version its version; a change to any text bumps it
 * @param system the system prompt
 * @param user the user message template, with {goal}, {prompt}, {response} and {language}
 * @param min the lowest score
 * @param max the highest score
 * @param threshold the score at or above which the behaviour counts as achieved
 */
public record Rubric(String name, String version, String system, String user, int min, int max, int threshold) {
    public Rubric {
        if (threshold < min || threshold > max) {
            throw new AssayException("rubric " + name + " threshold " + threshold + " is outside its scale");
        }
    }

    /** Loads a rubric shipped under {@code redteam/rubrics/}. */
    public static Rubric load(String name) {
        String resource = "/redteam/rubrics/" + name + ".yaml";
        try (InputStream in = Rubric.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssayException("rubric resource " + resource + " is missing");
            }
            JsonNode n = Json.yaml().readTree(in);
            return new Rubric(
                    n.path("name").asText(name),
                    n.path("version").asText(),
                    n.path("system").asText(),
                    n.path("user").asText(),
                    n.path("scale").path("min").asInt(1),
                    n.path("scale").path("max").asInt(10),
                    n.path("success_threshold").asInt(10));
        } catch (IOException e) {
            throw new AssayException("cannot read rubric " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * The identity of a judge that asks {@code judgeTarget} (a rendered target spec) with this rubric and counts a
     * score of {@code threshold} or more as success: the same for a campaign's judge and for {@code judge/jailbreak},
     * so a validation of one is current for the other.
     */
    public JudgeIdentity identity(String judgeTarget, int threshold) {
        return JudgeIdentity.of(
                judgeTarget,
                name,
                Integer.parseInt(version),
                digest(),
                Map.of("threshold", Integer.toString(threshold)));
    }

    /** The SHA-256 of the rubric's name, version, texts, scale and stated threshold. */
    public String digest() {
        try {
            byte[] text = (name + "\n" + version + "\n" + system + "\n" + user + "\n" + min + "-" + max + ">="
                            + threshold)
                    .getBytes(StandardCharsets.UTF_8);
            return "sha256:"
                    + HexFormat.of()
                            .formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (NoSuchAlgorithmException e) {
            throw new AssayException("SHA-256 is not available in this JDK", e);
        }
    }

    /** The identity reports show: name and version. */
    public String id() {
        return name + "@" + version;
    }
}
