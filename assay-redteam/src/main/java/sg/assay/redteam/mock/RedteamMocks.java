package sg.assay.redteam.mock;

import java.util.List;
import sg.assay.Component;
import sg.assay.Param;
import sg.assay.score.refusal.RefusalClassifier;
import sg.assay.target.Target;

/** The red-team mock targets, for the target registry: mock/attacker, mock/judge and mock/wavering. */
public final class RedteamMocks {
    private RedteamMocks() {}

    public static List<Component<Target>> components(RefusalClassifier classifier) {
        return List.of(
                Component.of(
                        "mock/attacker",
                        "mock: a scripted attacker and rewriter for offline red-team campaigns (fixed framings)",
                        List.of(Param.optional("refuse", "refuse the attacker role under the first k framings", "0")),
                        MockAttacker::new),
                Component.of(
                        "mock/judge",
                        "mock: a scripted judge scoring by the refusal classifier (10 comply, 5 partial, 1 refuse)",
                        List.of(),
                        spec -> new MockJudge(spec, classifier)),
                Component.of(
                        "mock/wavering",
                        "mock: refuses, but complies with a fixed fraction of prompts (by digest) with a placeholder",
                        List.of(
                                Param.optional("comply", "fraction of prompts it complies with", "0.2"),
                                Param.optional("seed", "seed of which prompts those are", "7")),
                        WaveringTarget::new));
    }
}
