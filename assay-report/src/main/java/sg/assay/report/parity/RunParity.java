package sg.assay.report.parity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import sg.assay.parity.Observation;
import sg.assay.parity.ParityAnalysis;
import sg.assay.parity.ParityReport;
import sg.assay.parity.ParitySettings;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStore;
import sg.assay.score.Score;

/**
 * Cross-language parity of a stored run: for each binary metric, the samples' groups are the intents, their
 * languages the languages compared, and each completed sample-epoch one observation.
 */
public final class RunParity {
    private RunParity() {}

    /** Whether the run can be analysed: it has the reference language and at least one other. */
    public static boolean applicable(RunRecord run, String reference) {
        Set<String> languages = new TreeSet<>();
        run.summary()
                .ifPresent(s -> s.breakdowns().stream()
                        .filter(b -> b.dimension().equals("language"))
                        .forEach(b -> languages.add(b.value())));
        return languages.contains(reference) && languages.size() > 1;
    }

    /** One report per binary metric of the run (metrics with values other than 0 and 1 are left out). */
    public static List<ParityReport> analyse(RunStore store, RunRecord run, ParitySettings settings) {
        return analyse(store, run.id(), settings);
    }

    /** One report per binary metric of the stored run with this id. */
    public static List<ParityReport> analyse(RunStore store, String runId, ParitySettings settings) {
        Map<String, List<Observation>> byMetric = new LinkedHashMap<>();
        Set<String> graded = new TreeSet<>();
        store.forEachRow(runId, row -> {
            if (!row.status().equals("completed")) {
                return;
            }
            for (Score s : row.scores()) {
                double v = s.value();
                if (Double.isNaN(v)) {
                    continue;
                }
                if (v != 0.0 && v != 1.0) {
                    graded.add(s.scorer());
                    continue;
                }
                byMetric.computeIfAbsent(s.scorer(), k -> new ArrayList<>())
                        .add(new Observation(row.group(), row.language(), row.category(), row.epoch(), (int) v));
            }
        });
        List<ParityReport> reports = new ArrayList<>();
        byMetric.forEach((metric, obs) -> {
            if (!graded.contains(metric)) {
                reports.add(ParityAnalysis.analyse(metric, obs, settings));
            }
        });
        return reports;
    }
}
