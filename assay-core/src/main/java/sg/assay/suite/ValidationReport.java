package sg.assay.suite;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the validator found: the problems (empty when the suite is sound) and the harmful and benign intent counts
 * per category.
 */
public record ValidationReport(String suite, List<SuiteProblem> problems, Map<String, CategoryCount> counts) {
    public ValidationReport {
        problems = List.copyOf(problems);
        counts = java.util.Collections.unmodifiableMap(new TreeMap<>(counts));
    }

    /** Harmful and benign intents in one category. */
    public record CategoryCount(int harmful, int benign) {
        CategoryCount plus(String kind) {
            return switch (kind) {
                case "harmful" -> new CategoryCount(harmful + 1, benign);
                case "benign" -> new CategoryCount(harmful, benign + 1);
                default -> this;
            };
        }
    }

    public boolean ok() {
        return problems.isEmpty();
    }

    public int harmful() {
        return counts.values().stream().mapToInt(CategoryCount::harmful).sum();
    }

    public int benign() {
        return counts.values().stream().mapToInt(CategoryCount::benign).sum();
    }

    /** The problems of one check. */
    public List<SuiteProblem> problems(String check) {
        return problems.stream().filter(p -> p.check().equals(check)).toList();
    }

    /** A readable summary: counts per category, then up to {@code limit} problems, one per line. */
    public String render(int limit) {
        StringBuilder sb = new StringBuilder(suite + ": " + harmful() + " harmful, " + benign() + " benign intents, "
                + problems.size() + " problems\n");
        counts.forEach((c, n) -> sb.append("  ")
                .append(c)
                .append(": ")
                .append(n.harmful())
                .append(" harmful, ")
                .append(n.benign())
                .append(" benign\n"));
        sb.append(problems.stream().limit(limit).map(p -> "  " + p).collect(Collectors.joining("\n")));
        if (problems.size() > limit) {
            sb.append("\n  ... and ").append(problems.size() - limit).append(" more");
        }
        return sb.toString();
    }
}
