package sg.assay.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import sg.assay.ConfigException;
import sg.assay.Spec;

/**
 * Whether a run is a demo rather than a measurement: its target, or a model it uses as attacker, judge or rewriter,
 * is one of the built-in {@code mock/*} targets. Only the component's name counts, so a real endpoint whose URL or
 * parameters happen to contain "mock" (e.g. {@code openai/gpt-4o-mini:base_url=http://host/mock/v1}) is not a mock.
 */
public final class Demo {
    /** The words every report of a demo carries. */
    public static final String WORDS = "demo, not a measurement";

    /** Solver parameters that name a helper model, and the role reports give it. */
    private static final Map<String, String> SOLVER_MODELS =
            Map.of("attacker", "attacker", "judge", "judge", "model", "rewriting model");

    private Demo() {}

    /** Whether a spec's text names a built-in mock: its name (before the first {@code :} or space) is mock/*. */
    public static boolean mock(String specText) {
        return name(specText).startsWith("mock/");
    }

    /** A spec text's component name: what comes before the first {@code :} or space. */
    public static String name(String specText) {
        String s = specText.strip();
        int end = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ':' || Character.isWhitespace(c)) {
                end = i;
                break;
            }
        }
        return s.substring(0, end);
    }

    /**
     * Why the run is a demo, one phrase per mock it uses (e.g. "the judge `mock/judge` is a built-in mock"); empty
     * for a measurement.
     */
    public static List<String> reasons(RunSpec spec) {
        return reasons(spec.target(), spec.solvers(), spec.scorers());
    }

    /** {@link #reasons(RunSpec)} from the target, solver and scorer specs. */
    public static List<String> reasons(Spec target, List<Spec> solvers, List<Spec> scorers) {
        List<String> out = new ArrayList<>();
        if (mock(target.name())) {
            out.add(target(target.render()));
        }
        for (Spec solver : solvers) {
            SOLVER_MODELS.forEach((key, role) -> {
                String model = solver.params().getOrDefault(key, "");
                if (mock(model)) {
                    out.add(phrase(role, model));
                }
            });
        }
        for (Spec scorer : scorers) {
            judges(scorer, out);
        }
        return List.copyOf(new java.util.LinkedHashSet<>(out));
    }

    /** How reports name a mock target; {@code mock/guarded} is the offline reference system, not a test double. */
    public static String target(String target) {
        return target.startsWith("mock/guarded")
                ? "the target `" + target + "` is Assay's offline reference system (local/guard in front of a"
                        + " neutral assistant), not a model"
                : "the target `" + target + "` is a built-in mock, not a model";
    }

    /** The phrase for a helper model in a role (attacker, judge, ...). */
    public static String phrase(String role, String model) {
        return "the " + role + " `" + model.strip() + "` is a built-in mock, not a model";
    }

    /** Judge scorers name their model in {@code target=}; an ensemble lists judge specs in {@code judges=}. */
    private static void judges(Spec scorer, List<String> out) {
        String target = scorer.params().getOrDefault("target", "");
        if (scorer.name().startsWith("judge") && mock(target)) {
            out.add(phrase("judge", target));
        }
        for (String member : scorer.params().getOrDefault("judges", "").split(";")) {
            if (member.isBlank()) {
                continue;
            }
            try {
                judges(Spec.parse(member.strip()), out);
            } catch (ConfigException e) {
                // an unparsable member cannot have run; nothing to stamp
            }
        }
    }
}
