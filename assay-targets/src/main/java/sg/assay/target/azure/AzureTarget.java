package sg.assay.target.azure;

import java.net.URI;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.target.Target;
import sg.assay.target.TargetRequest;
import sg.assay.target.TargetResponse;
import sg.assay.target.openai.ChatClient;
import sg.assay.target.openai.ModelFamily;
import sg.assay.targets.Endpoints;
import sg.assay.targets.Env;
import sg.assay.targets.ErrorMapper;
import sg.assay.targets.Secrets;
import sg.assay.targets.Transport;

/** {@code azure/<deployment>}: an Azure OpenAI deployment's chat completions. */
public final class AzureTarget implements Target {
    public static final String DEFAULT_API_VERSION = "2024-10-21";
    private final Spec spec;
    private final URI endpoint;
    private final Transport transport;
    private final ChatClient chat;

    AzureTarget(Spec spec, Env env, ErrorMapper errors) {
        this.spec = spec;
        String deployment = spec.model();
        if (deployment.isBlank()) {
            throw new ConfigException("azure target needs a deployment name, e.g. azure/my-gpt-4o");
        }
        String endpointText =
                spec.param("endpoint", env.get("AZURE_OPENAI_ENDPOINT").orElse(""));
        if (endpointText.isBlank()) {
            throw new ConfigException(spec.name()
                    + " needs an endpoint: set endpoint=https://<resource>.openai.azure.com or AZURE_OPENAI_ENDPOINT");
        }
        this.endpoint = Secrets.baseUrl(spec.name(), endpointText);
        AzureAuth auth = AzureAuth.of(spec, env, endpoint, "AZURE_OPENAI_API_KEY", "api-key");
        this.transport = new Transport(spec.name(), auth.redactor());
        boolean v1 = switch (spec.param("route", "deployments")) {
            case "deployments" -> false;
            case "v1" -> true;
            default ->
                throw new ConfigException(
                        spec.name() + " parameter 'route' must be deployments or v1: " + spec.param("route", ""));
        };
        URI url = v1
                ? Endpoints.resolve(endpoint, "openai/v1/chat/completions")
                : Endpoints.resolve(
                        endpoint,
                        "openai/deployments/" + deployment + "/chat/completions?api-version="
                                + spec.param("api-version", DEFAULT_API_VERSION));
        boolean reasoning = switch (spec.param("reasoning", "auto")) {
            case "true" -> true;
            case "false" -> false;
            default -> ModelFamily.isReasoning(deployment);
        };
        this.chat = new ChatClient(
                transport,
                url,
                auth.headers(),
                v1 ? deployment : null,
                reasoning,
                spec.boolParam("stream", false),
                errors);
    }

    @Override
    public TargetResponse generate(TargetRequest request) {
        return chat.generate(request);
    }

    @Override
    public String describe() {
        return Endpoints.describe(spec);
    }

    @Override
    public String connectionKey() {
        return Endpoints.origin(endpoint);
    }

    @Override
    public void close() {
        transport.close();
    }
}
