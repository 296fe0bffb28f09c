package sg.assay.target.azure;

import java.util.List;
import sg.assay.Component;
import sg.assay.Param;
import sg.assay.target.Target;
import sg.assay.targets.Env;
import sg.assay.targets.ErrorMapper;

/** The {@code azure/*} component, for the command line's registry. */
public final class AzureTargets {
    private AzureTargets() {}

    public static Component<Target> component(Env env) {
        ErrorMapper errors = ErrorMapper.systemClock();
        return Component.of(
                "azure/*",
                "Azure OpenAI deployment: azure/<deployment>; content filter blocks are recorded as blocked by provider",
                List.of(
                        Param.optional(
                                "endpoint", "https://<resource>.openai.azure.com; else env AZURE_OPENAI_ENDPOINT", ""),
                        Param.optional(
                                "api-version", "api-version of the deployments route", AzureTarget.DEFAULT_API_VERSION),
                        Param.optional("route", "deployments (with api-version) or v1 (/openai/v1/)", "deployments"),
                        Param.optional(
                                "api-key-env", "environment variable holding the api-key", "AZURE_OPENAI_API_KEY"),
                        Param.optional("api-key-file", "file holding the api-key, instead of api-key-env", "(none)"),
                        Param.optional("token-env", "environment variable holding an Entra ID bearer token", "(none)"),
                        Param.optional(
                                "token-command",
                                "command printing an Entra ID token, e.g. az account get-access-token --resource"
                                        + " https://cognitiveservices.azure.com --query accessToken -o tsv",
                                "(none)"),
                        Param.optional("token-minutes", "how long a token from token-command is reused", "45"),
                        Param.optional(
                                "stream", "true: ask for server-sent events (with usage) and collect them", "false"),
                        Param.optional("reasoning", "auto (by deployment name), true or false", "auto")),
                spec -> new AzureTarget(spec, env, errors));
    }
}
