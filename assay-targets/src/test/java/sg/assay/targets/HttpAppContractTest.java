package sg.assay.targets;

import sg.assay.Spec;
import sg.assay.target.Target;
import sg.assay.target.http.HttpAppTargets;

/** The app has no models: "no-such-model" stands for a wrong route, any other name for the chat route. */
class HttpAppContractTest extends TargetContract {
    @Override
    protected Target create(String root, String model, Env env) {
        String path = model.equals("no-such-model") ? "/app/missing" : "/app/complete";
        return HttpAppTargets.component(env)
                .factory()
                .apply(Spec.parse(
                        "http/app:url=" + root + path + ",headers=\"Authorization: Bearer ${env:" + KEY_VAR + "}\""));
    }

    @Override
    protected boolean reportsModel() {
        return false;
    }

    @Override
    protected boolean meetsProviderBlocks() {
        return false;
    }
}
