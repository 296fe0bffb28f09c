package sg.assay.target.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
 * {@code shieldgemma/<model>}: one Yes/No question per policy about the sample's prompt or response, asking for one
 * token with its top 5 logprobs. The probability of a violation ({@link YesNo}) is each policy's score; the policy is
 * flagged at or above {@code threshold} (default 0.5) and its severity is Assay's banding of the score.
 */
final class ShieldGemmaTarget implements Target {
    static final int TOP = 5;
    private final Spec spec;
    private final Mode mode;
    private final Optional<Dialogue.Side> role;
    private final List<ShieldPolicy> policies;
    private final double threshold;
    private final GuardConnection http;

    ShieldGemmaTarget(Spec spec, Env env, ErrorMapper errors) {
        if (spec.model().isBlank()) {
            throw new ConfigException(spec.provider() + " needs a model, e.g. shieldgemma/google/shieldgemma-2b");
        }
        this.spec = spec;
        this.mode = Mode.of(spec);
        this.role = Dialogue.role(spec);
        this.policies = ShieldPolicy.of(spec);
        this.threshold = spec.doubleParam("threshold", 0.5);
        if (!(threshold > 0 && threshold <= 1)) {
            throw new ConfigException(spec.name() + " threshold " + threshold + " must be in (0, 1]");
        }
        this.http = new GuardConnection(spec, env, errors);
    }

    @Override
    public TargetResponse generate(TargetRequest request) {
        Dialogue dialogue = Dialogue.of(request.messages(), role, spec.name());
        List<Assessment> parts = new ArrayList<>();
        Map<String, String> scores = new LinkedHashMap<>();
        String model = spec.model();
        String id = "";
        for (ShieldPolicy policy : policies) {
            JsonNode root = http.post(mode.path(), body(policy.prompt(dialogue)), request);
            model = root.path("model").asText(model);
            id = id.isEmpty() ? root.path("id").asText("") : id;
            double p = probability(root);
            boolean flagged = p >= threshold;
            scores.put(
                    "classification.shieldgemma." + policy.name(),
                    (flagged ? "flagged " : "clear ") + String.format(Locale.ROOT, "%.4f", p));
            for (HarmCategory label : policy.labels()) {
                parts.add(new Assessment(label, p, Severity.ofScore(p), flagged));
            }
        }
        Classification c = Classification.of(parts);
        Map<String, String> metadata = new LinkedHashMap<>(c.metadata());
        metadata.putAll(scores);
        metadata.put(
                "classification.shieldgemma.role", dialogue.judged() == Dialogue.Side.USER ? "prompt" : "response");
        return new TargetResponse(Message.assistant(c.render()), Usage.ZERO, model, id, "stop", metadata);
    }

    private ObjectNode body(String prompt) {
        ObjectNode body = Json.mapper().createObjectNode().put("model", spec.model());
        if (mode == Mode.CHAT) {
            body.putArray("messages").addObject().put("role", "user").put("content", prompt);
            body.put("logprobs", true).put("top_logprobs", TOP);
        } else {
            body.put("prompt", prompt).put("logprobs", TOP);
        }
        return body.put("max_tokens", 1).put("temperature", 0);
    }

    private double probability(JsonNode root) {
        List<YesNo.Candidate> candidates = YesNo.candidates(root, mode)
                .orElseThrow(() -> http.sample("answer from " + spec.model() + " at " + http.where(mode)
                        + " has no logprobs; shieldgemma needs the server to return the first token's top logprobs ("
                        + (mode == Mode.CHAT ? "logprobs: true, top_logprobs: 5" : "logprobs: 5") + ")"));
        return YesNo.of(candidates)
                .orElseThrow(() -> http.sample("answer from " + spec.model() + " at " + http.where(mode)
                        + " has neither Yes nor No among the first token's top logprobs: "
                        + String.join(
                                ", ",
                                candidates.stream()
                                        .map(YesNo.Candidate::token)
                                        .map(t -> "'" + t + "'")
                                        .toList())))
                .violation();
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
