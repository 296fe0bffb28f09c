package sg.assay.target.anthropic;

import java.util.List;
import sg.assay.Component;
import sg.assay.Param;
import sg.assay.target.Target;
import sg.assay.targets.Env;
import sg.assay.targets.ErrorMapper;

/** The {@code anthropic/*} component, for the command line's registry. */
public final class AnthropicTargets {
    private AnthropicTargets() {}

    public static Component<Target> component(Env env) {
        ErrorMapper errors = ErrorMapper.systemClock();
        return Component.of(
                "anthropic/*",
                "Anthropic Messages API: anthropic/<model>; stop_reason refusal is recorded as a provider refusal",
                List.of(
                        Param.optional(
                                "base-url",
                                "API base URL; else env ANTHROPIC_BASE_URL",
                                AnthropicTarget.DEFAULT_BASE_URL),
                        Param.optional("api-key-env", "environment variable holding the key", "ANTHROPIC_API_KEY"),
                        Param.optional("api-key-file", "file holding the key, instead of api-key-env", "(none)"),
                        Param.optional("version", "anthropic-version header", AnthropicTarget.DEFAULT_VERSION),
                        Param.optional(
                                "max-tokens",
                                "max_tokens when the run sets none (the API requires one)",
                                Integer.toString(AnthropicTarget.DEFAULT_MAX_TOKENS))),
                spec -> new AnthropicTarget(spec, env, errors));
    }
}
