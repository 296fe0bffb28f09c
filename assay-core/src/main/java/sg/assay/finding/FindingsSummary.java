package sg.assay.finding;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Findings ready for any renderer: most severe first, with counts per severity (every level, zero included) and per
 * tag identifier.
 */
public record FindingsSummary(List<Finding> findings, Map<Severity, Long> bySeverity, Map<String, Long> byTag) {
    public FindingsSummary {
        findings = List.copyOf(findings);
        bySeverity = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(bySeverity));
        byTag = java.util.Collections.unmodifiableMap(new TreeMap<>(byTag));
    }

    public static FindingsSummary of(List<Finding> findings) {
        List<Finding> sorted = findings.stream()
                .sorted(Comparator.comparing(Finding::severity)
                        .reversed()
                        .thenComparing(Finding::createdAt)
                        .thenComparing(Finding::id))
                .toList();
        Map<Severity, Long> bySeverity = new LinkedHashMap<>();
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            bySeverity.put(Severity.values()[i], 0L);
        }
        Map<String, Long> byTag = new TreeMap<>();
        for (Finding f : sorted) {
            bySeverity.merge(f.severity(), 1L, Long::sum);
            f.tags().forEach(t -> byTag.merge(t.id(), 1L, Long::sum));
        }
        return new FindingsSummary(sorted, bySeverity, byTag);
    }

    public boolean isEmpty() {
        return findings.isEmpty();
    }
}
