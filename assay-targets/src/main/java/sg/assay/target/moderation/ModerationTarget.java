package sg.assay.target.moderation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.classify.Classification;
import sg.assay.json.Json;
import sg.assay.message.Message;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.target.Usage;
import sg.assay.targets.Endpoints;
import sg.assay.targets.Env;
import sg.assay.targets.ErrorMapper;
import sg.assay.targets.HttpReply;
import sg.assay.targets.Redactor;
import sg.assay.targets.Secrets;
import sg.assay.targets.Transport;

/**
 * {@code openai-moderation/<model>}: classifies the last user message with the moderations endpoint. The answer is the
 * classification in the common label set ({@link Classification#render()}), with the same facts as response metadata
 * ({@code classification.*}).
 */
final class ModerationTarget implements Target {
    static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    private final Spec spec;
    private final URI base;
    private final Map<String, String> headers;
    private final Transport transport;
    private final ErrorMapper errors;

    ModerationTarget(Spec spec, Env env, ErrorMapper errors) {
        this.spec = spec;
        if (spec.model().isBlank()) {
            throw new ConfigException("openai-moderation needs a model, e.g. openai-moderation/omni-moderation-latest");
        }
        this.base = Secrets.baseUrl(
                spec.name(), spec.param("base-url", env.get("OPENAI_BASE_URL").orElse(DEFAULT_BASE_URL)));
        String key = Secrets.requireKey(spec, env, "OPENAI_API_KEY", base);
        this.headers = key.isEmpty() ? Map.of() : Map.of("Authorization", "Bearer " + key);
        this.transport = new Transport(spec.name(), Redactor.none().with(key));
        this.errors = errors;
    }

    @Override
    public TargetResponse generate(TargetRequest request) {
        ObjectNode body = Json.mapper().createObjectNode();
        body.put("model", spec.model());
        body.put("input", request.lastUserText());
        URI uri = Endpoints.resolve(base, "moderations");
        HttpReply reply = transport.post(
                uri,
                headers,
                Json.write(body).getBytes(StandardCharsets.UTF_8),
                request.config().timeout());
        if (reply.status() / 100 != 2) {
            throw errors.map(reply, spec.name(), transport.where(uri), transport.redactor());
        }
        JsonNode root = read(reply);
        JsonNode result = root.path("results").path(0);
        if (!result.isObject()) {
            throw new NonRetriableTargetException(
                    spec.name() + ": moderation reply has no results", NonRetriableTargetException.Scope.SAMPLE);
        }
        Classification c = ModerationMapper.classification(result);
        return new TargetResponse(
                Message.assistant(c.render()),
                Usage.ZERO,
                root.path("model").asText(spec.model()),
                root.path("id").asText(""),
                "stop",
                c.metadata());
    }

    private JsonNode read(HttpReply reply) {
        try {
            return Json.mapper().readTree(reply.body());
        } catch (IOException e) {
            throw new NonRetriableTargetException(
                    spec.name() + ": moderation reply is not JSON", NonRetriableTargetException.Scope.SAMPLE);
        }
    }

    @Override
    public String describe() {
        return Endpoints.describe(spec);
    }

    @Override
    public String connectionKey() {
        return Endpoints.origin(base);
    }

    @Override
    public void close() {
        transport.close();
    }
}
