package sg.assay.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import sg.assay.ConfigException;
import sg.assay.provenance.Digests;
import sg.assay.report.cost.PriceTable;
import sg.assay.run.RunRecord;
import sg.assay.run.RunStore;
import sg.assay.stats.Pair;
import sg.assay.stats.PairedComparison;
import sg.assay.stats.PairedResult;

/**
 * Several runs of one task side by side, and each later run's paired difference from the first (the baseline) on
 * the samples both completed ({@code docs/schemas/report-comparison.schema.json}). A sample's value is the mean of
 * its epochs; {@link PairedComparison#compare} picks the interval: Tango's score interval for independent binary
 * pairs, the paired t interval for graded ones, a cluster bootstrap when samples share a group.
 */
public record RunComparison(
        String task, String baseline, List<RunView> runs, List<PairedDifference> differences, String digest) {
    static final int REPLICATES = 2000;

    public RunComparison {
        runs = List.copyOf(runs);
        differences = List.copyOf(differences);
    }

    /**
     * One scorer of one run against the baseline: other − baseline, with its 95% interval and p-value.
     *
     * @param method the interval method, or "too few pairs"
     * @param test the test that gave the p-value
     */
    public record PairedDifference(
            String run,
            String target,
            String scorer,
            long pairs,
            long clusters,
            @Nullable Double baseline,
            @Nullable Double other,
            @Nullable Double difference,
            @Nullable Double lower,
            @Nullable Double upper,
            @Nullable Double pValue,
            String method,
            String test) {}

    public static RunComparison of(List<RunRecord> records, RunStore store, PriceTable prices) {
        if (records.size() < 2) {
            throw new ConfigException("a comparison needs at least two runs: " + records.size());
        }
        RunRecord base = records.getFirst();
        for (RunRecord r : records) {
            if (!r.spec().task().equals(base.spec().task())) {
                throw new ConfigException("a comparison needs runs of the same task: " + r.id() + " ran '"
                        + r.spec().task() + "', " + base.id() + " ran '"
                        + base.spec().task() + "'");
            }
        }
        Map<String, Map<String, Double>> baseValues = values(store, base);
        Map<String, String> groups = new HashMap<>();
        store.forEachRow(base.id(), row -> groups.put(row.sampleId(), row.group()));
        List<PairedDifference> diffs = new ArrayList<>();
        for (RunRecord r : records.subList(1, records.size())) {
            Map<String, Map<String, Double>> other = values(store, r);
            baseValues.forEach((scorer, b) -> diffs.add(difference(
                    r,
                    scorer,
                    b,
                    other.getOrDefault(scorer, Map.of()),
                    groups,
                    base.spec().seed())));
        }
        List<RunView> views = records.stream().map(r -> RunView.of(r, prices)).toList();
        RunComparison draft = new RunComparison(base.spec().task(), base.id(), views, diffs, "");
        return new RunComparison(draft.task, draft.baseline, views, diffs, digest(draft));
    }

    /** SHA-256 over the RFC 8785 form of the comparison without its digest and the runs' costs. */
    static String digest(RunComparison c) {
        var tree = ReportJson.mapper().valueToTree(c);
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) tree;
        node.remove("digest");
        node.withArray("runs").forEach(r -> ((com.fasterxml.jackson.databind.node.ObjectNode) r).remove("cost"));
        return Digests.json(node);
    }

    /** Per scorer, per sample: the mean of the sample's completed epochs. */
    static Map<String, Map<String, Double>> values(RunStore store, RunRecord run) {
        Map<String, Map<String, double[]>> acc = new LinkedHashMap<>();
        store.forEachRow(run.id(), row -> {
            if (row.status().equals("completed")) {
                row.scores().stream()
                        .filter(s -> !Double.isNaN(s.value()))
                        .forEach(s -> acc.computeIfAbsent(s.scorer(), k -> new LinkedHashMap<>())
                                .merge(row.sampleId(), new double[] {s.value(), 1}, (a, b) ->
                                        new double[] {a[0] + b[0], a[1] + b[1]}));
            }
        });
        Map<String, Map<String, Double>> out = new LinkedHashMap<>();
        acc.forEach((scorer, m) -> {
            Map<String, Double> means = new LinkedHashMap<>();
            m.forEach((id, a) -> means.put(id, a[0] / a[1]));
            out.put(scorer, means);
        });
        return out;
    }

    static PairedDifference difference(
            RunRecord run,
            String scorer,
            Map<String, Double> base,
            Map<String, Double> other,
            Map<String, String> groups,
            long seed) {
        List<Pair> pairs = new ArrayList<>();
        base.forEach((id, b) -> {
            Double a = other.get(id);
            if (a != null && Double.isFinite(a) && Double.isFinite(b)) {
                pairs.add(new Pair(a, b, groups.getOrDefault(id, id)));
            }
        });
        String target = run.spec().target().render();
        try {
            PairedResult p = PairedComparison.compare(pairs, 0.95, seed, REPLICATES);
            return new PairedDifference(
                    run.id(),
                    target,
                    scorer,
                    p.pairs(),
                    p.clusters(),
                    RunView.num(p.meanB()),
                    RunView.num(p.meanA()),
                    RunView.num(p.difference().estimate()),
                    RunView.num(p.difference().lower()),
                    RunView.num(p.difference().upper()),
                    RunView.num(p.pValue()),
                    p.difference().method(),
                    p.test());
        } catch (IllegalArgumentException e) {
            long clusters = pairs.stream().map(Pair::cluster).distinct().count();
            return new PairedDifference(
                    run.id(),
                    target,
                    scorer,
                    pairs.size(),
                    clusters,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    "too few pairs",
                    "");
        }
    }
}
