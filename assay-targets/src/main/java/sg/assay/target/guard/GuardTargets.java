package sg.assay.target.guard;

import java.util.List;
import sg.assay.Component;
import sg.assay.Param;
import sg.assay.target.Target;
import sg.assay.targets.Env;
import sg.assay.targets.ErrorMapper;

/** The guard-model classifier components, for the command line's registry. */
public final class GuardTargets {
    private GuardTargets() {}

    public static List<Component<Target>> components(Env env) {
        ErrorMapper errors = ErrorMapper.systemClock();
        return List.of(
                Component.of(
                        "llama-guard/*",
                        "classifier: a Llama Guard model (1-4) behind an OpenAI-compatible server (vLLM, Ollama),"
                                + " mapped onto the common label set: llama-guard/<model>",
                        common(List.of(
                                Param.optional("version", "Llama Guard generation: 1, 2, 3 or 4", "3"),
                                Param.optional(
                                        "mode",
                                        "chat (server applies the chat template) or completions (Assay builds the"
                                                + " raw prompt)",
                                        "chat"),
                                Param.optional(
                                        "categories",
                                        "YAML/JSON file of custom categories (code, name, description, labels);"
                                                + " needs mode=completions",
                                        "(the version's own)"))),
                        spec -> new LlamaGuardTarget(spec, env, errors)),
                Component.of(
                        "shieldgemma/*",
                        "classifier: a ShieldGemma model, one Yes/No question per policy scored from the Yes/No"
                                + " logprobs: shieldgemma/<model>",
                        common(List.of(
                                Param.optional(
                                        "policies",
                                        "built-in policies (dangerous, harassment, hate, sexual) or a YAML/JSON"
                                                + " policy file",
                                        "dangerous,harassment,hate,sexual"),
                                Param.optional("threshold", "probability at or above which a policy is flagged", "0.5"),
                                Param.optional(
                                        "mode",
                                        "chat (logprobs: true, top_logprobs: 5) or completions (logprobs: 5)",
                                        "chat"))),
                        spec -> new ShieldGemmaTarget(spec, env, errors)));
    }

    private static List<Param> common(List<Param> own) {
        return java.util.stream.Stream.concat(
                        own.stream(),
                        java.util.stream.Stream.of(
                                Param.optional(
                                        "role",
                                        "prompt or response: which turn is judged; default the response when the"
                                                + " sample has one",
                                        "(per sample)"),
                                Param.optional(
                                        "base-url",
                                        "server base URL; else env OPENAI_BASE_URL",
                                        GuardConnection.DEFAULT_BASE_URL),
                                Param.optional(
                                        "api-key-env",
                                        "environment variable holding the key (not needed for a loopback server)",
                                        "OPENAI_API_KEY"),
                                Param.optional(
                                        "api-key-file", "file holding the key, instead of api-key-env", "(none)")))
                .toList();
    }
}
