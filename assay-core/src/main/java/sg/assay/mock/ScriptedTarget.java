package sg.assay.mock;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.json.Json;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.ProviderBlockedException;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;

/**
 * {@code mock/scripted:file=answers.jsonl}: answers from a file, one JSON object per line with {@code output} and
 * either {@code id} (a sample id), {@code prompt} (the exact prompt) or {@code prompt_sha256} (hex digest of it). A line
 * may instead give {@code blocked} (a reason: the provider blocks the sample) or {@code error} (the sample fails).
 * Prompts with no answer get the {@code default} parameter, or fail when there is none.
 */
final class ScriptedTarget implements Target {
    private final Spec spec;
    private final Map<String, JsonNode> byId = new HashMap<>();
    private final Map<String, JsonNode> byDigest = new HashMap<>();
    private final String fallback;

    ScriptedTarget(Spec spec) {
        this.spec = spec;
        Path file = Path.of(spec.require("file"));
        this.fallback = spec.param("default", "");
        load(file);
    }

    private void load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("mock/scripted file not found: " + file);
        }
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = Json.mapper().readTree(line);
                } catch (IOException e) {
                    throw new ConfigException(file + ":" + n + ": not a JSON object");
                }
                if (node.hasNonNull("id")) {
                    byId.put(node.get("id").asText(), node);
                } else if (node.hasNonNull("prompt")) {
                    byDigest.put(sha256(node.get("prompt").asText()), node);
                } else if (node.hasNonNull("prompt_sha256")) {
                    byDigest.put(node.get("prompt_sha256").asText().toLowerCase(java.util.Locale.ROOT), node);
                } else {
                    throw new ConfigException(file + ":" + n + ": expected one of id, prompt, prompt_sha256");
                }
            }
        } catch (IOException e) {
            throw new ConfigException("cannot read mock/scripted file " + file + ": " + e.getMessage(), e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public TargetResponse generate(TargetRequest request) {
        String prompt = request.lastUserText();
        JsonNode node = byId.get(request.sampleId());
        if (node == null) {
            node = byDigest.get(sha256(prompt));
        }
        if (node == null) {
            if (fallback.isEmpty()) {
                throw new NonRetriableTargetException(
                        "mock/scripted has no answer for sample '" + request.sampleId() + "'",
                        NonRetriableTargetException.Scope.SAMPLE);
            }
            return answer(prompt, fallback);
        }
        if (node.hasNonNull("blocked")) {
            throw new ProviderBlockedException(node.get("blocked").asText(), "");
        }
        if (node.hasNonNull("error")) {
            throw new NonRetriableTargetException(node.get("error").asText(), NonRetriableTargetException.Scope.SAMPLE);
        }
        return answer(prompt, node.path("output").asText(""));
    }

    private TargetResponse answer(String prompt, String text) {
        return TargetResponse.of(text, new Usage(MockTarget.tokens(prompt), MockTarget.tokens(text), 1), spec.name());
    }

    @Override
    public String describe() {
        return spec.render();
    }
}
