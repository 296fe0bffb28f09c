package sg.assay.target.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.classify.Assessment;
import sg.assay.classify.Classification;
import sg.assay.classify.HarmCategory;
import sg.assay.classify.Severity;
import sg.assay.json.Json;
import sg.assay.message.Message;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;
import sg.assay.targets.Endpoints;
import sg.assay.targets.Env;
import sg.assay.targets.ErrorMapper;

/**
 * {@code llama-guard/<model>}: asks a Llama Guard model about the sample's prompt or response and maps its verdict
 * onto the common label set. Every common category some code maps to is assessed (clear on {@code safe}); the rest
 * are not assessed. Llama Guard gives a verdict, not a score: a flagged category has no score and severity medium
 * (its "unsafe" means the model put at least even odds on it). Codes with no common label are kept in the metadata
 * as {@code classification.llama-guard.<code>}.
 */
final class LlamaGuardTarget implements Target {
    static final int MAX_TOKENS = 64;
    private final Spec spec;
    private final LlamaGuardVersion version;
    private final Mode mode;
    private final Optional<Dialogue.Side> role;
    private final List<LlamaCategory> categories;
    private final GuardConnection http;

    LlamaGuardTarget(Spec spec, Env env, ErrorMapper errors) {
        if (spec.model().isBlank()) {
            throw new ConfigException(spec.provider() + " needs a model, e.g. llama-guard/meta-llama/Llama-Guard-3-8B");
        }
        this.spec = spec;
        this.version = LlamaGuardVersion.of(spec);
        this.mode = Mode.of(spec);
        this.role = Dialogue.role(spec);
        String file = spec.param("categories", "");
        if (!file.isBlank() && mode != Mode.COMPLETIONS) {
            throw new ConfigException(spec.name() + " categories=" + file
                    + " needs mode=completions (in chat mode the server's template fixes the categories)");
        }
        this.categories = file.isBlank() ? version.categories() : CategoryFile.categories(file, spec.name());
        this.http = new GuardConnection(spec, env, errors);
    }

    @Override
    public TargetResponse generate(TargetRequest request) {
        Dialogue dialogue = Dialogue.of(request.messages(), role, spec.name());
        ObjectNode body = Json.mapper().createObjectNode().put("model", spec.model());
        if (mode == Mode.CHAT) {
            ArrayNode messages = body.putArray("messages");
            for (Dialogue.Turn t : dialogue.turns()) {
                messages.addObject()
                        .put("role", t.side() == Dialogue.Side.USER ? "user" : "assistant")
                        .put("content", t.text());
            }
        } else {
            body.put("prompt", version.prompt(categories, dialogue));
        }
        body.put("max_tokens", MAX_TOKENS).put("temperature", 0);
        JsonNode root = http.post(mode.path(), body, request);
        String text = http.text(root, mode, spec.model());
        LlamaVerdict.Result result = LlamaVerdict.parse(text, categories);
        LlamaVerdict verdict = result.verdict()
                .orElseThrow(() -> http.sample("answer from " + spec.model() + " at " + http.where(mode)
                        + " is not a Llama Guard verdict: " + result.problem()));
        Classification c = classification(verdict);
        Map<String, String> metadata = new LinkedHashMap<>(c.metadata());
        metadata.put("classification.llama-guard.verdict", verdict.unsafe() ? "unsafe" : "safe");
        metadata.put(
                "classification.llama-guard.role", dialogue.judged() == Dialogue.Side.USER ? "prompt" : "response");
        List<String> others = new ArrayList<>();
        for (LlamaCategory cat : categories) {
            if (cat.labels().isEmpty()) {
                boolean hit = verdict.violated().contains(cat);
                metadata.put("classification.llama-guard." + cat.code(), (hit ? "flagged " : "clear ") + cat.name());
                if (hit) {
                    others.add(cat.code() + " " + cat.name());
                }
            }
        }
        String answer =
                c.render() + (others.isEmpty() ? "" : "; flagged without a common label: " + String.join(", ", others));
        return new TargetResponse(
                Message.assistant(answer),
                Usage.ZERO,
                root.path("model").asText(spec.model()),
                root.path("id").asText(""),
                "stop",
                metadata);
    }

    private Classification classification(LlamaVerdict verdict) {
        List<Assessment> parts = new ArrayList<>();
        for (LlamaCategory cat : categories) {
            boolean hit = verdict.violated().contains(cat);
            for (HarmCategory label : cat.labels()) {
                parts.add(new Assessment(label, Double.NaN, hit ? Severity.MEDIUM : Severity.NONE, hit));
            }
        }
        return Classification.of(parts);
    }

    @Override
    public String describe() {
        return Endpoints.describe(spec);
    }

    @Override
    public String connectionKey() {
        return http.connectionKey();
    }

    @Override
    public void close() {
        http.close();
    }
}
