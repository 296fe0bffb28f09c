package sg.assay.target.contentsafety;

import java.util.ArrayList;
import java.util.List;
import sg.assay.Component;
import sg.assay.Param;
import sg.assay.target.Target;
import sg.assay.targets.Env;
import sg.assay.targets.ErrorMapper;

/** The Azure AI Content Safety classifier components, for the command line's registry. */
public final class ContentSafetyTargets {
    private ContentSafetyTargets() {}

    public static List<Component<Target>> components(Env env) {
        ErrorMapper errors = ErrorMapper.systemClock();
        List<Param> text = new ArrayList<>(common());
        text.add(Param.optional("categories", "any of Hate,SelfHarm,Sexual,Violence; others are not assessed", "all"));
        text.add(Param.optional("levels", "4 (FourSeverityLevels: 0,2,4,6) or 8 (EightSeverityLevels: 0..7)", "4"));
        text.add(Param.optional("threshold", "flag a category whose level is at least this (1..7)", "2"));
        text.add(Param.optional("blocklists", "blocklist names, comma-separated; a match flags unsafe", "(none)"));
        text.add(Param.optional("halt-on-blocklist-hit", "skip category analysis after a blocklist match", "false"));
        List<Param> shields = new ArrayList<>(common());
        shields.add(Param.optional(
                "input",
                "prompt: last user message as the user prompt, tool messages as documents; document: last user"
                        + " message as a document",
                "prompt"));
        return List.of(
                Component.of(
                        "azure-content-safety/*",
                        "classifier: Azure AI Content Safety text analysis (hate, self-harm, sexual, violence with"
                                + " severities); other categories are not assessed: azure-content-safety/<name>",
                        text,
                        spec -> new TextAnalysisTarget(spec, env, errors)),
                Component.of(
                        "azure-prompt-shields/*",
                        "classifier: Azure AI Content Safety Prompt Shields (user prompt -> jailbreak, documents ->"
                                + " prompt-injection); other categories are not assessed: azure-prompt-shields/<name>",
                        shields,
                        spec -> new PromptShieldsTarget(spec, env, errors)));
    }

    private static List<Param> common() {
        return List.of(
                Param.optional(
                        "endpoint",
                        "https://<resource>.cognitiveservices.azure.com; else env " + SafetyClient.ENDPOINT_ENV,
                        ""),
                Param.optional("api-version", "api-version of the text routes", SafetyClient.DEFAULT_API_VERSION),
                Param.optional(
                        "api-key-env",
                        "environment variable holding the key, sent as Ocp-Apim-Subscription-Key",
                        SafetyClient.KEY_ENV),
                Param.optional("api-key-file", "file holding the key, instead of api-key-env", "(none)"),
                Param.optional("token-env", "environment variable holding an Entra ID bearer token", "(none)"),
                Param.optional(
                        "token-command",
                        "command printing an Entra ID token, e.g. az account get-access-token --resource"
                                + " https://cognitiveservices.azure.com --query accessToken -o tsv",
                        "(none)"),
                Param.optional("token-minutes", "how long a token from token-command is reused", "45"));
    }
}
