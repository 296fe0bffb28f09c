package sg.assay.target.anthropic;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.json.Json;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.targets.Endpoints;
import sg.assay.targets.Env;
import sg.assay.targets.ErrorMapper;
import sg.assay.targets.HttpReply;
import sg.assay.targets.Redactor;
import sg.assay.targets.Secrets;
import sg.assay.targets.Transport;

/**
 * {@code anthropic/<model>}: Anthropic's Messages API. A requested answer schema is asked for by forced tool use, and
 * the tool's input comes back as the answer's text.
 */
public final class AnthropicTarget implements Target {
    public static final String DEFAULT_BASE_URL = "https://api.anthropic.com";
    public static final String DEFAULT_VERSION = "2023-06-01";
    public static final int DEFAULT_MAX_TOKENS = 1024;
    private final Spec spec;
    private final URI base;
    private final URI url;
    private final Map<String, String> headers;
    private final int maxTokens;
    private final Transport transport;
    private final ErrorMapper errors;

    AnthropicTarget(Spec spec, Env env, ErrorMapper errors) {
        this.spec = spec;
        this.errors = errors;
        if (spec.model().isBlank()) {
            throw new ConfigException("anthropic target needs a model, e.g. anthropic/claude-sonnet-4-5");
        }
        this.base = Secrets.baseUrl(
                spec.name(),
                spec.param("base-url", env.get("ANTHROPIC_BASE_URL").orElse(DEFAULT_BASE_URL)));
        this.url = Endpoints.resolve(base, "v1/messages");
        String key = Secrets.requireKey(spec, env, "ANTHROPIC_API_KEY", base);
        Map<String, String> h = new LinkedHashMap<>();
        if (!key.isEmpty()) {
            h.put("x-api-key", key);
        }
        h.put("anthropic-version", spec.param("version", DEFAULT_VERSION));
        this.headers = Map.copyOf(h);
        this.maxTokens = spec.intParam("max-tokens", DEFAULT_MAX_TOKENS);
        if (maxTokens < 1) {
            throw new ConfigException(spec.name() + " parameter 'max-tokens' must be positive: " + maxTokens);
        }
        this.transport = new Transport(spec.name(), Redactor.none().with(key));
    }

    @Override
    public TargetResponse generate(TargetRequest request) {
        byte[] body = Json.write(AnthropicMapper.request(request, spec.model(), maxTokens))
                .getBytes(StandardCharsets.UTF_8);
        HttpReply reply = transport.post(url, headers, body, request.config().timeout());
        if (!reply.ok()) {
            throw errors.map(reply, spec.name(), transport.where(url), transport.redactor());
        }
        TargetResponse r = AnthropicMapper.response(reply.json(spec.name()), spec.name());
        return request.config().responseSchema().isPresent() ? AnthropicMapper.structured(r) : r;
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
