package sg.assay.targets;

import sg.assay.Spec;
import sg.assay.target.Target;
import sg.assay.target.anthropic.AnthropicTargets;

class AnthropicContractTest extends TargetContract {
    @Override
    protected Target create(String root, String model, Env env) {
        return AnthropicTargets.component(env)
                .factory()
                .apply(Spec.parse("anthropic/" + model + ":base-url=" + root + ",api-key-env=" + KEY_VAR));
    }

    @Override
    protected String blockReason() {
        return "refusal";
    }
}
