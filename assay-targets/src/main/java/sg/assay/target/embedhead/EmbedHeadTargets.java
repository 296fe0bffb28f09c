package sg.assay.target.embedhead;

import java.util.List;
import sg.assay.Component;
import sg.assay.Param;
import sg.assay.target.Target;
import sg.assay.targets.Env;
import sg.assay.targets.ErrorMapper;

/** The embedding-plus-heads classifier component, for the command line's registry. */
public final class EmbedHeadTargets {
    private EmbedHeadTargets() {}

    public static List<Component<Target>> components(Env env) {
        ErrorMapper errors = ErrorMapper.systemClock();
        return List.of(Component.of(
                "embed-head/*",
                "classifier: LionGuard-style heads (head file) on embeddings from an OpenAI-compatible /v1/embeddings"
                        + " endpoint, mapped onto the common label set: embed-head/<name>:head=<file>",
                List.of(
                        Param.required("head", "head file (assay-embed-head/1 JSON; see docs/targets.md)"),
                        Param.optional(
                                "embedding-model",
                                "embedding model to call; must be the one the heads were trained on",
                                "(the head file's embedding_model)"),
                        Param.optional(
                                "base-url", "API base URL; else env OPENAI_BASE_URL", EmbedHeadTarget.DEFAULT_BASE_URL),
                        Param.optional(
                                "api-key-env",
                                "environment variable holding the key (not needed for a loopback server)",
                                "OPENAI_API_KEY"),
                        Param.optional("api-key-file", "file holding the key, instead of api-key-env", "(none)")),
                spec -> new EmbedHeadTarget(spec, env, errors)));
    }
}
