package sg.assay.target.openai;

import java.util.List;
import sg.assay.Component;
import sg.assay.Param;
import sg.assay.target.Target;
import sg.assay.targets.Env;
import sg.assay.targets.ErrorMapper;

/** The {@code openai/*} component, for the command line's registry. */
public final class OpenAiTargets {
    private OpenAiTargets() {}

    public static Component<Target> component(Env env) {
        ErrorMapper errors = ErrorMapper.systemClock();
        return Component.of(
                "openai/*",
                "OpenAI or any OpenAI-compatible server (vLLM, Ollama, LM Studio, Azure AI Foundry): openai/<model>",
                List.of(
                        Param.optional(
                                "base-url", "API base URL; else env OPENAI_BASE_URL", OpenAiTarget.DEFAULT_BASE_URL),
                        Param.optional(
                                "api-key-env",
                                "environment variable holding the key (not needed for a loopback server)",
                                "OPENAI_API_KEY"),
                        Param.optional("api-key-file", "file holding the key, instead of api-key-env", "(none)"),
                        Param.optional("api", "chat (Chat Completions) or responses (Responses API)", "chat"),
                        Param.optional(
                                "reasoning",
                                "auto (by model name: o1, o3, o4, gpt-5), true or false: use max_completion_tokens and"
                                        + " no temperature",
                                "auto"),
                        Param.optional(
                                "stream", "true: ask for server-sent events (with usage) and collect them", "false"),
                        Param.optional("organization", "OpenAI-Organization header", "(none)"),
                        Param.optional("project", "OpenAI-Project header", "(none)")),
                spec -> new OpenAiTarget(spec, env, errors));
    }
}
