package sg.assay.target.guard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import sg.assay.Spec;
import sg.assay.json.Json;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.TargetRequest;
import sg.assay.targets.Endpoints;
import sg.assay.targets.Env;
import sg.assay.targets.ErrorMapper;
import sg.assay.targets.HttpReply;
import sg.assay.targets.Redactor;
import sg.assay.targets.Secrets;
import sg.assay.targets.Transport;

/**
 * The HTTP side of a guard target: the base URL ({@code base-url}, else {@code OPENAI_BASE_URL}, else vLLM's default
 * {@code http://localhost:8000/v1}), the key (not needed on loopback), and one JSON POST with the shared error
 * mapping. Messages name the target and the redacted URL, never the key.
 */
final class GuardConnection implements AutoCloseable {
    static final String DEFAULT_BASE_URL = "http://localhost:8000/v1";
    private final String who;
    private final URI base;
    private final Map<String, String> headers;
    private final Transport transport;
    private final ErrorMapper errors;

    GuardConnection(Spec spec, Env env, ErrorMapper errors) {
        this.who = spec.name();
        this.base = Secrets.baseUrl(
                spec.name(), spec.param("base-url", env.get("OPENAI_BASE_URL").orElse(DEFAULT_BASE_URL)));
        String key = Secrets.requireKey(spec, env, "OPENAI_API_KEY", base);
        this.headers = key.isEmpty() ? Map.of() : Map.of("Authorization", "Bearer " + key);
        this.transport = new Transport(spec.name(), Redactor.none().with(key));
        this.errors = errors;
    }

    /** POSTs {@code body} to {@code path} under the base URL; an error status becomes a target exception. */
    JsonNode post(String path, ObjectNode body, TargetRequest request) {
        URI uri = Endpoints.resolve(base, path);
        HttpReply reply = transport.post(
                uri,
                headers,
                Json.write(body).getBytes(StandardCharsets.UTF_8),
                request.config().timeout());
        if (!reply.ok()) {
            throw errors.map(reply, who, transport.where(uri), transport.redactor());
        }
        return reply.json(who);
    }

    /** The generated text of a chat or completions answer; an answer without one fails the sample. */
    String text(JsonNode root, Mode mode, String model) {
        JsonNode choice = root.path("choices").path(0);
        JsonNode text = mode == Mode.CHAT ? choice.path("message").path("content") : choice.path("text");
        if (!text.isTextual()) {
            throw sample("answer from " + model + " at " + where(mode) + " has no generated text");
        }
        return text.asText();
    }

    /** The endpoint as it may appear in messages. */
    String where(Mode mode) {
        return transport.where(Endpoints.resolve(base, mode.path()));
    }

    NonRetriableTargetException sample(String message) {
        return new NonRetriableTargetException(who + ": " + message, NonRetriableTargetException.Scope.SAMPLE);
    }

    String connectionKey() {
        return Endpoints.origin(base);
    }

    @Override
    public void close() {
        transport.close();
    }
}
