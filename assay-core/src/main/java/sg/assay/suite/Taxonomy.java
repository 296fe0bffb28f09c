package sg.assay.suite;

import java.util.List;
import java.util.Set;

/** The hazard categories a suite's intents may use (docs/sea-safety-taxonomy.md explains each). */
public record Taxonomy(Set<String> categories) {
    public Taxonomy {
        categories = Set.copyOf(categories);
    }

    /** The {@code sea-safety} categories, which {@code sea-smoke} also uses. */
    public static Taxonomy seaSafety() {
        return new Taxonomy(Set.copyOf(List.of(
                "violent-crimes",
                "nonviolent-crimes",
                "scams",
                "drugs",
                "weapons",
                "self-harm",
                "hate",
                "radicalisation",
                "sexual-exploitation",
                "privacy",
                "election-misinformation",
                "health-misinformation",
                "critical-infrastructure",
                "cyber-attacks")));
    }

    public boolean contains(String category) {
        return categories.contains(category);
    }
}
