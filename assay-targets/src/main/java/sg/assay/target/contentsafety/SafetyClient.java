package sg.assay.target.contentsafety;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.json.Json;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.azure.AzureAuth;
import sg.assay.targets.Endpoints;
import sg.assay.targets.Env;
import sg.assay.targets.ErrorMapper;
import sg.assay.targets.HttpReply;
import sg.assay.targets.Secrets;
import sg.assay.targets.Transport;

/**
 * The HTTP side shared by the Content Safety targets: the resource endpoint, the {@code api-version}, and the key
 * ({@code Ocp-Apim-Subscription-Key}) or Entra ID bearer token. Error statuses go through {@link ErrorMapper}; Azure's
 * {@code {"error": {"code", "message"}}} becomes one line with the key redacted.
 */
final class SafetyClient implements AutoCloseable {
    static final String DEFAULT_API_VERSION = "2024-09-01";
    static final String KEY_ENV = "AZURE_CONTENT_SAFETY_KEY";
    static final String ENDPOINT_ENV = "AZURE_CONTENT_SAFETY_ENDPOINT";
    private final String who;
    private final URI endpoint;
    private final String apiVersion;
    private final Supplier<Map<String, String>> headers;
    private final Transport transport;
    private final ErrorMapper errors;

    SafetyClient(Spec spec, Env env, ErrorMapper errors) {
        this.who = spec.name();
        if (spec.model().isBlank()) {
            throw new ConfigException(spec.provider() + " needs a name, e.g. " + spec.provider() + "/my-resource");
        }
        String endpointText = spec.param("endpoint", env.get(ENDPOINT_ENV).orElse(""));
        if (endpointText.isBlank()) {
            throw new ConfigException(
                    who + " needs an endpoint: set endpoint=https://<resource>.cognitiveservices.azure.com" + " or "
                            + ENDPOINT_ENV);
        }
        this.endpoint = Secrets.baseUrl(who, endpointText);
        this.apiVersion = spec.param("api-version", DEFAULT_API_VERSION);
        if (!apiVersion.matches("\\d{4}-\\d{2}-\\d{2}(-preview)?")) {
            throw new ConfigException(
                    who + " parameter 'api-version' must look like 2024-09-01, got '" + apiVersion + "'");
        }
        AzureAuth auth = AzureAuth.of(spec, env, endpoint, KEY_ENV, "Ocp-Apim-Subscription-Key");
        this.headers = auth.headers();
        this.transport = new Transport(who, auth.redactor());
        this.errors = errors;
    }

    /** A successful answer of {@code /contentsafety/<operation>}; anything else becomes a target exception. */
    Answer post(String operation, ObjectNode body, Duration timeout) {
        URI uri = Endpoints.resolve(endpoint, "contentsafety/" + operation + "?api-version=" + apiVersion);
        HttpReply reply =
                transport.post(uri, headers.get(), Json.write(body).getBytes(StandardCharsets.UTF_8), timeout);
        if (!reply.ok()) {
            throw errors.map(reply, who, transport.where(uri), transport.redactor());
        }
        JsonNode root = reply.json(who);
        if (!root.isObject()) {
            throw new NonRetriableTargetException(
                    who + ": answer of " + operation + " is not a JSON object",
                    NonRetriableTargetException.Scope.SAMPLE);
        }
        String id = reply.headers()
                .firstValue("apim-request-id")
                .or(() -> reply.headers().firstValue("x-request-id"))
                .orElse("");
        return new Answer(root, id);
    }

    /** A parsed answer and the request id the service gave it (empty when none). */
    record Answer(JsonNode json, String requestId) {}

    String model(String operation) {
        return operation + "@" + apiVersion;
    }

    String connectionKey() {
        return Endpoints.origin(endpoint);
    }

    @Override
    public void close() {
        transport.close();
    }
}
