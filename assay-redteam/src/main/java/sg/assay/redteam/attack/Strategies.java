package sg.assay.redteam.attack;

import java.util.Arrays;
import java.util.List;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.redteam.template.TemplateLibrary;

/** Builds a strategy from the attack solver's parameters. */
public final class Strategies {
    public static final List<String> NAMES = List.of("grid", "best-of-n", "pair", "tap", "crescendo");

    private Strategies() {}

    /**
     * @param spec the attack spec: {@code strategy} and the strategy's own parameters
     * @param templates the jailbreak templates (grid) and crescendo openers
     * @param queries the attack's query budget (best-of-N's default n)
     */
    public static Strategy create(Spec spec, TemplateLibrary templates, int queries) {
        String name = spec.require("strategy");
        return switch (name) {
            case "grid" ->
                new Grid(templates.select(categories(spec.param("categories", ""))).stream()
                        .filter(t -> !t.category().equals("crescendo-opener"))
                        .toList());
            case "best-of-n" -> new BestOfN(spec.intParam("n", queries), spec.doubleParam("sigma", 0.4));
            case "pair" -> new Pair(spec.intParam("streams", 3), spec.intParam("iterations", 3));
            case "tap" -> new Tap(spec.intParam("width", 4), spec.intParam("branching", 2), spec.intParam("depth", 3));
            case "crescendo" ->
                new Crescendo(
                        spec.intParam("turns", 6),
                        spec.intParam("backtracks", 4),
                        templates.all().stream()
                                .filter(t -> t.category().equals("crescendo-opener"))
                                .toList());
            default ->
                throw new ConfigException("strategy '" + name + "' not found; known: " + String.join(", ", NAMES));
        };
    }

    /** Template categories joined by {@code +}, e.g. {@code role-play+hypothetical}; empty for all. */
    static List<String> categories(String text) {
        return text.isBlank()
                ? List.of()
                : Arrays.stream(text.split("\\+")).map(String::strip).toList();
    }
}
