package sg.assay.redteam.judge;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import sg.assay.AssayException;
import sg.assay.json.Json;

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

    /** The identity reports show: name and version. */
    public String id() {
        return name + "@" + version;
    }
}
