package sg.assay.target.openai;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.targets.Endpoints;
import sg.assay.targets.Env;
import sg.assay.targets.ErrorMapper;
import sg.assay.targets.Redactor;
import sg.assay.targets.Secrets;
import sg.assay.targets.Transport;

/** {@code openai/<model>}: OpenAI or any OpenAI-compatible server, over Chat Completions or the Responses API. */
public final class OpenAiTarget implements Target {
    public static final String DEFAULT_BASE_URL = "https://api.openai.com/v1";
    private final Spec spec;
    private final URI base;
    private final Transport transport;
    private final ChatClient chat;
    private final ResponsesClient responses;
    private final boolean useResponses;

    OpenAiTarget(Spec spec, Env env, ErrorMapper errors) {
        this.spec = spec;
        if (spec.model().isBlank()) {
            throw new ConfigException("openai target needs a model, e.g. openai/gpt-4o-mini");
        }
        String baseText = spec.param("base-url", env.get("OPENAI_BASE_URL").orElse(DEFAULT_BASE_URL));
        this.base = Secrets.baseUrl(spec.name(), baseText);
        String key = Secrets.requireKey(spec, env, "OPENAI_API_KEY", base);
        Map<String, String> headers = new LinkedHashMap<>();
        if (!key.isEmpty()) {
            headers.put("Authorization", "Bearer " + key);
        }
        if (!spec.param("organization", "").isBlank()) {
            headers.put("OpenAI-Organization", spec.param("organization", ""));
        }
        if (!spec.param("project", "").isBlank()) {
            headers.put("OpenAI-Project", spec.param("project", ""));
        }
        Map<String, String> fixed = Map.copyOf(headers);
        this.transport = new Transport(spec.name(), Redactor.none().with(key));
        String api = spec.param("api", "chat");
        if (!api.equals("chat") && !api.equals("responses")) {
            throw new ConfigException(spec.name() + " parameter 'api' must be chat or responses: " + api);
        }
        this.useResponses = api.equals("responses");
        boolean reasoning = reasoning(spec);
        this.chat = new ChatClient(
                transport,
                Endpoints.resolve(base, "chat/completions"),
                () -> fixed,
                spec.model(),
                reasoning,
                spec.boolParam("stream", false),
                errors);
        this.responses = new ResponsesClient(
                transport, Endpoints.resolve(base, "responses"), () -> fixed, spec.model(), reasoning, errors);
    }

    /** Whether to send reasoning-model parameters: {@code reasoning=auto} (by model name), {@code true} or {@code false}. */
    static boolean reasoning(Spec spec) {
        return switch (spec.param("reasoning", "auto")) {
            case "auto" -> ModelFamily.isReasoning(spec.model());
            case "true" -> true;
            case "false" -> false;
            default ->
                throw new ConfigException(spec.name() + " parameter 'reasoning' must be auto, true or false: "
                        + spec.param("reasoning", ""));
        };
    }

    @Override
    public TargetResponse generate(TargetRequest request) {
        return useResponses ? responses.generate(request) : chat.generate(request);
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
