package sg.assay.targets;

import java.util.List;
import sg.assay.Component;
import sg.assay.target.Target;
import sg.assay.target.anthropic.AnthropicTargets;
import sg.assay.target.azure.AzureTargets;
import sg.assay.target.http.HttpAppTargets;
import sg.assay.target.openai.OpenAiTargets;

/** The HTTP target components, for the command line's registry: openai/*, azure/*, anthropic/* and http/*. */
public final class Targets {
    private Targets() {}

    /** The components, reading environment variables from this map (tests, or a composed environment). */
    public static List<Component<Target>> components(java.util.Map<String, String> env) {
        return components(Env.of(env));
    }

    public static List<Component<Target>> components(Env env) {
        return List.of(
                OpenAiTargets.component(env),
                AzureTargets.component(env),
                AnthropicTargets.component(env),
                HttpAppTargets.component(env));
    }
}
