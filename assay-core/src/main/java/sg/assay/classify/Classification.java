package sg.assay.classify;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A classifier's verdict on one text in the common label set: an assessment for each category it covers. Every other
 * category is <em>not assessed</em> (the classifier cannot say), which is never the same as safe.
 *
 * @param assessments by category; categories absent here were not assessed
 */
public record Classification(Map<HarmCategory, Assessment> assessments) {
    public Classification {
        Map<HarmCategory, Assessment> copy = new EnumMap<>(HarmCategory.class);
        copy.putAll(assessments);
        assessments = Collections.unmodifiableMap(copy);
    }

    /** Combines assessments, keeping per category the highest score and severity and flagging when any flagged. */
    public static Classification of(List<Assessment> parts) {
        Map<HarmCategory, Assessment> out = new EnumMap<>(HarmCategory.class);
        for (Assessment a : parts) {
            out.merge(
                    a.category(),
                    a,
                    (x, y) -> new Assessment(
                            x.category(),
                            Double.isNaN(x.score())
                                    ? y.score()
                                    : Double.isNaN(y.score()) ? x.score() : Math.max(x.score(), y.score()),
                            x.severity().compareTo(y.severity()) >= 0 ? x.severity() : y.severity(),
                            x.flagged() || y.flagged()));
        }
        return new Classification(out);
    }

    public boolean flagged() {
        return assessments.values().stream().anyMatch(Assessment::flagged);
    }

    public Optional<Assessment> assessment(HarmCategory category) {
        return Optional.ofNullable(assessments.get(category));
    }

    public Set<HarmCategory> notAssessed() {
        Set<HarmCategory> out = EnumSet.allOf(HarmCategory.class);
        out.removeAll(assessments.keySet());
        return out;
    }

    /**
     * One line for the response text, e.g. {@code flagged: violence (high 0.93); assessed: hate, self-harm; not
     * assessed: scams, privacy}.
     */
    public String render() {
        List<String> hits = new ArrayList<>();
        List<String> clear = new ArrayList<>();
        for (Assessment a : assessments.values()) {
            if (a.flagged()) {
                hits.add(describe(a));
            } else {
                clear.add(a.category().label());
            }
        }
        List<String> none = notAssessed().stream().map(HarmCategory::label).toList();
        return (hits.isEmpty() ? "not flagged" : "flagged: " + String.join(", ", hits))
                + "; assessed and clear: " + (clear.isEmpty() ? "(none)" : String.join(", ", clear))
                + "; not assessed: " + (none.isEmpty() ? "(none)" : String.join(", ", none));
    }

    /** The same facts as response metadata: {@code classification.flagged} and one entry per assessed category. */
    public Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("classification.flagged", Boolean.toString(flagged()));
        assessments
                .values()
                .forEach(a -> m.put(
                        "classification." + a.category().label(),
                        (a.flagged() ? "flagged " : "clear ")
                                + a.severity().label()
                                + (Double.isNaN(a.score()) ? "" : String.format(Locale.ROOT, " %.4f", a.score()))));
        m.put(
                "classification.not_assessed",
                String.join(",", notAssessed().stream().map(HarmCategory::label).toList()));
        return m;
    }

    private static String describe(Assessment a) {
        return a.category().label() + " (" + a.severity().label()
                + (Double.isNaN(a.score()) ? "" : String.format(Locale.ROOT, " %.2f", a.score())) + ")";
    }
}
