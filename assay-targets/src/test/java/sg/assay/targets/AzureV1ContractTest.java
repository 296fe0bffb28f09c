package sg.assay.targets;

import sg.assay.Spec;
import sg.assay.target.Target;
import sg.assay.target.azure.AzureTargets;

class AzureV1ContractTest extends TargetContract {
    @Override
    protected Target create(String root, String model, Env env) {
        return AzureTargets.component(env)
                .factory()
                .apply(Spec.parse("azure/" + model + ":route=v1,endpoint=" + root + ",token-env=" + KEY_VAR));
    }
}
