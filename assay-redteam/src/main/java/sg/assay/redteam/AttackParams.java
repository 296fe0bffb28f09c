package sg.assay.redteam;

import java.util.List;
import sg.assay.Param;

/** The documented parameters of the {@code attack} solver. */
final class AttackParams {
    private AttackParams() {}

    static List<Param> all() {
        return List.of(
                Param.required("strategy", "(required) grid, best-of-n, pair, tap or crescendo"),
                Param.required("judge", "(required) target spec of the judge model (1-10 jailbreak rubric)"),
                Param.optional("attacker", "target spec of the attacker model (pair, tap, crescendo)", ""),
                Param.optional("translator", "target spec of the translating model", "(the attacker)"),
                Param.optional("converter", "converter chain applied to every prompt, e.g. leetspeak|base64", "none"),
                Param.optional(
                        "language",
                        "deliver prompts in this language (translated when it differs)",
                        "(the" + " behaviour's)"),
                Param.optional("queries", "target query budget of one attack", "20"),
                Param.optional("tokens", "target token budget of one attack (0: none)", "0"),
                Param.optional("seed", "seed of the attack's random choices", "1"),
                Param.optional("max-connections", "concurrent requests to the attacker and to the judge", "8"),
                Param.optional(
                        "template-set", "builtin, or a dataset of jailbreak prompts (e.g. dataset:dan)", "builtin"),
                Param.optional(
                        "categories", "grid: template categories joined by +, e.g. role-play+hypothetical", "(all)"),
                Param.optional("n", "best-of-n: most attempts", "(the query budget)"),
                Param.optional("sigma", "best-of-n: augmentation strength in (0, 1]", "0.4"),
                Param.optional("streams", "pair: parallel streams", "3"),
                Param.optional("iterations", "pair: rounds per stream", "3"),
                Param.optional("width", "tap: leaves kept per depth", "4"),
                Param.optional("branching", "tap: children per leaf", "2"),
                Param.optional("depth", "tap: most depths", "3"),
                Param.optional("turns", "crescendo: most kept turns", "6"),
                Param.optional("backtracks", "crescendo: most backtracks", "4"));
    }
}
