package sg.assay.target.embedhead;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.json.Json;
import sg.assay.message.Message;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.NonRetriableTargetException.Scope;
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
 * {@code embed-head/<name>}: embeds the last user message with an OpenAI-compatible embeddings endpoint and runs the
 * heads of a head file on it. The answer is the classification in the common label set ({@code render()}), with the
 * same facts as {@code classification.*} metadata and each head's score as {@code head.<name>}.
 */
final class EmbedHeadTarget implements Target {
    static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    private final Spec spec;
    private final HeadFile heads;
    private final String embeddingModel;
    private final URI base;
    private final Map<String, String> headers;
    private final Transport transport;
    private final ErrorMapper errors;

    EmbedHeadTarget(Spec spec, Env env, ErrorMapper errors) {
        this.spec = spec;
        if (spec.model().isBlank()) {
            throw new ConfigException("embed-head needs a name, e.g. embed-head/lionguard:head=heads.json");
        }
        this.heads = HeadFile.load(Path.of(spec.require("head")));
        this.embeddingModel = spec.param("embedding-model", heads.embeddingModel());
        heads.requireModel(spec.name(), embeddingModel);
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
        body.put("model", embeddingModel);
        body.put("input", request.lastUserText());
        URI uri = Endpoints.resolve(base, "embeddings");
        HttpReply reply = transport.post(
                uri,
                headers,
                Json.write(body).getBytes(StandardCharsets.UTF_8),
                request.config().timeout());
        if (reply.status() / 100 != 2) {
            throw errors.map(reply, spec.name(), transport.where(uri), transport.redactor());
        }
        JsonNode root = read(reply);
        float[] embedding = embedding(root.path("data").path(0).path("embedding"));
        String problem = heads.dimensionProblem(spec.name(), embedding.length);
        if (!problem.isEmpty()) {
            throw new NonRetriableTargetException(problem, Scope.RUN);
        }
        HeadFile.Scored scored = heads.classify(embedding);
        return new TargetResponse(
                Message.assistant(scored.classification().render()),
                Usage.ZERO,
                root.path("model").asText(embeddingModel),
                "",
                "stop",
                scored.metadata());
    }

    private float[] embedding(JsonNode vector) {
        if (!vector.isArray() || vector.isEmpty()) {
            throw new NonRetriableTargetException(
                    spec.name() + ": embeddings reply has no data[0].embedding array", Scope.SAMPLE);
        }
        float[] out = new float[vector.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = (float) vector.get(i).asDouble();
        }
        return out;
    }

    private JsonNode read(HttpReply reply) {
        try {
            return Json.mapper().readTree(reply.body());
        } catch (IOException e) {
            throw new NonRetriableTargetException(spec.name() + ": embeddings reply is not JSON", Scope.SAMPLE);
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
