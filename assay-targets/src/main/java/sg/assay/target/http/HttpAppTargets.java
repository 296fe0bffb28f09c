package sg.assay.target.http;

import java.util.List;
import sg.assay.Component;
import sg.assay.Param;
import sg.assay.target.Target;
import sg.assay.targets.Env;
import sg.assay.targets.ErrorMapper;

/** The {@code http/*} component, for the command line's registry. */
public final class HttpAppTargets {
    static final String TEMPLATE = "{\"messages\":\"{{messages}}\"}";
    static final String RESPONSE_PATH = "output";
    static final String RESET_TEMPLATE = "{\"session\":\"{{session}}\"}";

    private HttpAppTargets() {}

    public static Component<Target> component(Env env) {
        ErrorMapper errors = ErrorMapper.systemClock();
        return Component.of(
                "http/*",
                "a JSON-over-HTTP application under test: http/<name>",
                List.of(
                        Param.required("url", "(required) URL the request is POSTed to"),
                        Param.optional(
                                "template",
                                "JSON body; {{prompt}}, {{system}}, {{session}}, {{turn}} inside strings,"
                                        + " \"{{messages}}\" for the conversation",
                                TEMPLATE),
                        Param.optional(
                                "response-path", "where the answer text is: reply.text or /reply/text", RESPONSE_PATH),
                        Param.optional(
                                "headers",
                                "JSON object or 'Name: value; Name: value'; secrets as ${env:NAME} or ${file:PATH}",
                                "(none)"),
                        Param.optional(
                                "mode", "template (one call) or replay (reset, then each user turn)", "template"),
                        Param.optional(
                                "reset-url", "URL POSTed before each conversation to reset the session", "(none)"),
                        Param.optional("reset-template", "JSON body of the reset call", RESET_TEMPLATE)),
                spec -> new HttpAppTarget(spec, env, errors));
    }
}
