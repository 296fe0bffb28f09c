package sg.assay.targets;

import sg.assay.Spec;
import sg.assay.target.Target;
import sg.assay.target.openai.OpenAiTargets;

class OpenAiContractTest extends TargetContract {
    @Override
    protected Target create(String root, String model, Env env) {
        return OpenAiTargets.component(env)
                .factory()
                .apply(Spec.parse("openai/" + model + ":base-url=" + root + "/v1,api-key-env=" + KEY_VAR));
    }
}
