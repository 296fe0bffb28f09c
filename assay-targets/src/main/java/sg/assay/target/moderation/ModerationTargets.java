package sg.assay.target.moderation;

import java.util.List;
import sg.assay.Component;
import sg.assay.Param;
import sg.assay.target.Target;
import sg.assay.targets.Env;
import sg.assay.targets.ErrorMapper;

/** The moderation classifier components, for the command line's registry. */
public final class ModerationTargets {
    private ModerationTargets() {}

    public static List<Component<Target>> components(Env env) {
        ErrorMapper errors = ErrorMapper.systemClock();
        return List.of(Component.of(
                "openai-moderation/*",
                "classifier: OpenAI's moderations endpoint (or a compatible server), mapped onto the common label"
                        + " set; uncovered categories are not assessed: openai-moderation/<model>",
                List.of(
                        Param.optional(
                                "base-url",
                                "API base URL; else env OPENAI_BASE_URL",
                                ModerationTarget.DEFAULT_BASE_URL),
                        Param.optional(
                                "api-key-env",
                                "environment variable holding the key (not needed for a loopback server)",
                                "OPENAI_API_KEY"),
                        Param.optional("api-key-file", "file holding the key, instead of api-key-env", "(none)")),
                spec -> new ModerationTarget(spec, env, errors)));
    }
}
