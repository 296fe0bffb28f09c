package sg.assay.targets;

import sg.assay.Spec;
import sg.assay.target.Target;
import sg.assay.target.azure.AzureTargets;

/** The Azure target with {@code stream=true}: filter verdicts and blocks arrive in chunks. */
class AzureStreamContractTest extends TargetContract {
    @Override
    protected Target create(String root, String model, Env env) {
        return AzureTargets.component(env)
                .factory()
                .apply(Spec.parse("azure/" + model + ":stream=true,endpoint=" + root + ",api-key-env=" + KEY_VAR));
    }
}
