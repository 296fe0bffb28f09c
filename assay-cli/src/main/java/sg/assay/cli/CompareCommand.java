package sg.assay.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import sg.assay.ConfigException;
import sg.assay.report.ReportJson;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStore;
import sg.assay.stats.Interval;
import sg.assay.stats.Means;

/**
 * {@code assay runs compare A B...}: the metrics of several runs side by side, and for each later run its paired
 * difference from the first on the samples both completed (mean difference with a cluster-robust 95% interval).
 */
@Command(name = "compare", description = "Compare runs of the same task: side by side, with paired differences.")
final class CompareCommand implements Callable<Integer> {
    private final Wiring wiring;

    @Mixin
    CommonOptions common = new CommonOptions();

    @Parameters(arity = "2..*", paramLabel = "ID", description = "two or more run ids; the first is the baseline")
    List<String> ids = new ArrayList<>();

    @Option(names = "--json", description = "print one JSON document")
    boolean json;

    CompareCommand(Wiring wiring) {
        this.wiring = wiring;
    }

    /** One metric of one run against the baseline. */
    record Difference(
            String run,
            String scorer,
            long pairs,
            double baseline,
            double other,
            double difference,
            double lower,
            double upper,
            String method) {}

    /** The comparison document. */
    record Comparison(String baseline, List<String> runs, List<Difference> differences) {}

    @Override
    public Integer call() {
        try (RunStore store = wiring.openStore(common.store())) {
            List<RunRecord> runs =
                    ids.stream().map(id -> RunsCommand.find(store, id)).toList();
            RunRecord base = runs.getFirst();
            for (RunRecord r : runs) {
                if (!r.spec().task().equals(base.spec().task())) {
                    throw new ConfigException("runs compare needs runs of the same task: " + r.id() + " ran "
                            + r.spec().task() + ", " + base.id() + " ran "
                            + base.spec().task());
                }
            }
            Map<String, Map<String, Double>> baseValues = values(store, base);
            Map<String, String> groups = groups(store, base);
            List<Difference> diffs = new ArrayList<>();
            for (RunRecord r : runs.subList(1, runs.size())) {
                Map<String, Map<String, Double>> other = values(store, r);
                for (String scorer : baseValues.keySet()) {
                    diffs.add(difference(
                            r.id(), scorer, baseValues.get(scorer), other.getOrDefault(scorer, Map.of()), groups));
                }
            }
            Comparison c =
                    new Comparison(base.id(), runs.stream().map(RunRecord::id).toList(), diffs);
            if (json) {
                System.out.println(ReportJson.writePretty(c));
                return 0;
            }
            runs.forEach(r -> {
                Output.table(System.out, r);
                System.out.println();
            });
            System.out.println(
                    "paired differences from " + base.id() + " (other − baseline, on samples both completed):");
            for (Difference d : diffs) {
                System.out.println(String.format(
                        Locale.ROOT,
                        "  %-24s %-18s %+.3f  [%+.3f, %+.3f]  pairs=%d  (%.3f vs %.3f)",
                        d.run(),
                        d.scorer(),
                        d.difference(),
                        d.lower(),
                        d.upper(),
                        d.pairs(),
                        d.other(),
                        d.baseline()));
            }
            return 0;
        }
    }

    /** Per scorer, per sample: the mean of the sample's values over epochs. */
    static Map<String, Map<String, Double>> values(RunStore store, RunRecord run) {
        Map<String, Map<String, double[]>> acc = new LinkedHashMap<>();
        store.forEachRow(run.id(), row -> {
            if (!row.status().equals("completed")) {
                return;
            }
            row.scores()
                    .forEach(s -> acc.computeIfAbsent(s.scorer(), k -> new HashMap<>())
                            .merge(row.sampleId(), new double[] {s.value(), 1}, (a, b) ->
                                    new double[] {a[0] + b[0], a[1] + b[1]}));
        });
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        acc.forEach((scorer, m) -> {
            Map<String, Double> means = new HashMap<>();
            m.forEach((id, a) -> means.put(id, a[0] / a[1]));
            out.put(scorer, means);
        });
        return out;
    }

    static Map<String, String> groups(RunStore store, RunRecord run) {
        Map<String, String> g = new HashMap<>();
        store.forEachRow(run.id(), row -> g.put(row.sampleId(), row.group()));
        return g;
    }

    static Difference difference(
            String run, String scorer, Map<String, Double> a, Map<String, Double> b, Map<String, String> groups) {
        List<Means.Observation> d = new ArrayList<>();
        double sa = 0;
        double sb = 0;
        for (Map.Entry<String, Double> e : a.entrySet()) {
            Double other = b.get(e.getKey());
            if (other != null) {
                d.add(new Means.Observation(other - e.getValue(), groups.getOrDefault(e.getKey(), e.getKey())));
                sa += e.getValue();
                sb += other;
            }
        }
        int n = d.size();
        if (n < 2) {
            return new Difference(
                    run, scorer, n, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, "too few pairs");
        }
        double mean = d.stream().mapToDouble(Means.Observation::value).average().orElse(Double.NaN);
        double se = Means.clusteredStderr(d);
        Interval iv = Means.normalInterval(mean, Double.isNaN(se) ? 0 : se, 0.95, "paired, cluster-robust");
        return new Difference(run, scorer, n, sa / n, sb / n, mean, iv.lower(), iv.upper(), iv.method());
    }
}
