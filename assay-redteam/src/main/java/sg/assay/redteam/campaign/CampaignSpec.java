package sg.assay.redteam.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.redteam.attack.Strategies;

/**
 * What a campaign attacks and how: every strategy × converter chain × language is one run over the behaviours, and
 * every behaviour in a run is one attack.
 *
 * @param target the system under test
 * @param attacker the attacker model's spec, or empty when only grid and best-of-N run
 * @param judge the judge model's spec
 * @param strategies strategy names
 * @param converters converter chains ({@code none} for none)
 * @param languages language tags prompts are delivered in; empty for the behaviours' own
 * @param queries the query budget of one attack
 * @param settings further attack parameters given to every attack (e.g. streams=5, depth=2)
 */
public record CampaignSpec(
        Spec target,
        String attacker,
        Spec judge,
        List<String> strategies,
        List<String> converters,
        List<String> languages,
        int queries,
        Map<String, String> settings) {
    public CampaignSpec {
        strategies = List.copyOf(strategies);
        converters = converters.isEmpty() ? List.of("none") : List.copyOf(converters);
        languages = List.copyOf(languages);
        settings = Map.copyOf(settings);
        if (strategies.isEmpty()) {
            throw new ConfigException("a campaign needs at least one strategy; known: " + Strategies.NAMES);
        }
        for (String s : strategies) {
            if (!Strategies.NAMES.contains(s)) {
                throw new ConfigException(
                        "strategy '" + s + "' not found; known: " + String.join(", ", Strategies.NAMES));
            }
        }
    }

    /** The attack solver specs of the campaign's runs, in order: strategy, then converter, then language. */
    public List<Spec> attacks(long seed) {
        List<Spec> out = new ArrayList<>();
        List<String> langs = languages.isEmpty() ? List.of("") : languages;
        for (String strategy : strategies) {
            for (String converter : converters) {
                for (String language : langs) {
                    Map<String, String> p = new LinkedHashMap<>(settings);
                    p.put("strategy", strategy);
                    if (!attacker.isBlank()) {
                        p.put("attacker", attacker);
                    }
                    p.put("judge", judge.render());
                    p.put("converter", converter);
                    if (!language.isEmpty()) {
                        p.put("language", language);
                    }
                    p.put("queries", Integer.toString(queries));
                    p.put("seed", Long.toString(seed));
                    out.add(Spec.of("attack", p));
                }
            }
        }
        return out;
    }
}
