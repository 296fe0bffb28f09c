package sg.assay.metric;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import sg.assay.run.ResultRow;
import sg.assay.score.MetricKind;
import sg.assay.score.Score;
import sg.assay.stats.Interval;
import sg.assay.stats.Means;
import sg.assay.stats.Proportions;
import sg.assay.target.Usage;

/**
 * Builds a {@link RunSummary} from a run's rows. Values are first reduced over epochs per sample; a scorer whose
 * reduced values are all 0 or 1 gets a Wilson interval when samples are independent, and a cluster-robust normal
 * interval (by sample group) when several samples share a group; graded values get the mean with a (clustered)
 * standard error.
 */
public final class Summarizer {
    private static final double LEVEL = 0.95;

    private final Reducer reducer;
    private final String reducerName;
    private final int epochs;
    private final Map<String, SampleAgg> samples = new LinkedHashMap<>();
    private final List<Long> latencies = new ArrayList<>();
    private long total;
    private long completed;
    private long failed;
    private long blocked;
    private Usage usage = Usage.ZERO;
    private final Map<String, Long> judgeErrors = new TreeMap<>();
    private final Map<String, Long> notAssessed = new TreeMap<>();

    public Summarizer(Reducer reducer, String reducerName, int epochs) {
        this.reducer = reducer;
        this.reducerName = reducerName;
        this.epochs = epochs;
    }

    private static final class SampleAgg {
        final String language;
        final String category;
        final String group;
        final Map<String, List<Double>> values = new LinkedHashMap<>();

        SampleAgg(String language, String category, String group) {
            this.language = language;
            this.category = category;
            this.group = group;
        }
    }

    public void accept(ResultRow row) {
        total++;
        usage = usage.plus(row.usage());
        latencies.add(row.totalMs());
        switch (row.status()) {
            case "completed" -> completed++;
            case "blocked" -> blocked++;
            default -> failed++;
        }
        if (!row.status().equals("completed")) {
            return;
        }
        SampleAgg agg = samples.computeIfAbsent(
                row.sampleId(), id -> new SampleAgg(row.language(), row.category(), row.group()));
        for (Score s : row.scores()) {
            if (s.judgeError()) {
                judgeErrors.merge(s.scorer(), 1L, Long::sum);
            } else if (s.notAssessed()) {
                notAssessed.merge(s.scorer(), 1L, Long::sum);
            }
            if (!Double.isNaN(s.value())) {
                agg.values.computeIfAbsent(s.scorer(), k -> new ArrayList<>()).add(s.value());
            }
        }
    }

    /**
     * The summary of everything accepted so far; {@code wallMs} is the run's elapsed time and {@code planned} the
     * number of sample-epochs the run selected (more than were accepted when the run stopped early).
     */
    public RunSummary summary(long wallMs, long planned) {
        List<MetricResult> overall = metrics(samples.values().stream().toList());
        List<Breakdown> breakdowns = new ArrayList<>();
        breakdowns.addAll(breakdown("language", a -> a.language));
        breakdowns.addAll(breakdown("category", a -> a.category));
        return new RunSummary(
                new Counts(Math.max(planned, total), completed, failed, blocked),
                reducerName,
                epochs,
                overall,
                breakdowns,
                timings(wallMs),
                usage,
                judgeErrors,
                notAssessed);
    }

    private List<Breakdown> breakdown(String dimension, java.util.function.Function<SampleAgg, String> key) {
        Map<String, List<SampleAgg>> byValue = new TreeMap<>();
        for (SampleAgg a : samples.values()) {
            byValue.computeIfAbsent(key.apply(a), k -> new ArrayList<>()).add(a);
        }
        if (byValue.size() < 2 && byValue.keySet().stream().allMatch(String::isEmpty)) {
            return List.of();
        }
        List<Breakdown> out = new ArrayList<>();
        byValue.forEach((value, aggs) -> out.add(new Breakdown(
                dimension,
                value.isEmpty() ? "(none)" : value,
                new Counts(aggs.size(), aggs.size(), 0, 0),
                metrics(aggs))));
        return out;
    }

    private List<MetricResult> metrics(List<SampleAgg> aggs) {
        Map<String, List<Means.Observation>> byScorer = new LinkedHashMap<>();
        for (SampleAgg a : aggs) {
            a.values.forEach((scorer, vals) -> {
                double[] arr = vals.stream().mapToDouble(Double::doubleValue).toArray();
                byScorer.computeIfAbsent(scorer, k -> new ArrayList<>())
                        .add(new Means.Observation(reducer.reduce(arr), a.group));
            });
        }
        List<MetricResult> out = new ArrayList<>();
        byScorer.forEach((scorer, obs) -> out.add(metric(scorer, obs)));
        return out;
    }

    static MetricResult metric(String scorer, List<Means.Observation> obs) {
        int n = obs.size();
        double[] values = obs.stream().mapToDouble(Means.Observation::value).toArray();
        long clusters = obs.stream().map(Means.Observation::cluster).distinct().count();
        boolean binary = Arrays.stream(values).allMatch(v -> v == 0.0 || v == 1.0);
        boolean clustered = clusters < n;
        double mean = Means.mean(values);
        if (binary && !clustered) {
            long k = Arrays.stream(values).filter(v -> v == 1.0).count();
            Interval w = Proportions.wilson(k, n, LEVEL);
            return new MetricResult(
                    scorer,
                    MetricKind.PROPORTION,
                    w.estimate(),
                    w.lower(),
                    w.upper(),
                    n,
                    clusters,
                    Double.NaN,
                    "wilson");
        }
        if (binary) {
            return clusteredProportion(scorer, obs, values, mean, clusters);
        }
        double se = clustered ? Means.clusteredStderr(obs) : Means.stderr(values);
        String method = clustered ? "cluster-robust" : "normal";
        if (Double.isNaN(se)) {
            return new MetricResult(scorer, MetricKind.MEAN, mean, Double.NaN, Double.NaN, n, clusters, se, method);
        }
        Interval iv = Means.normalInterval(mean, se, LEVEL, method);
        return new MetricResult(scorer, MetricKind.MEAN, mean, iv.lower(), iv.upper(), n, clusters, se, method);
    }

    /**
     * A proportion whose samples share clusters (e.g. one intent asked in nine languages): the Wilson interval at the
     * effective sample size n / deff, where the design effect deff is the ratio of the cluster-robust variance to the
     * simple binomial one (at least 1). When every value is equal the variance carries no information, so the
     * effective size falls back to the number of clusters (the most conservative case: full correlation).
     */
    private static MetricResult clusteredProportion(
            String scorer, List<Means.Observation> obs, double[] values, double p, long clusters) {
        int n = values.length;
        double seCluster = Means.clusteredStderr(obs);
        double seSimple = Math.sqrt(p * (1 - p) / n);
        double nEffective;
        if (seSimple == 0 || Double.isNaN(seCluster)) {
            nEffective = clusters;
        } else {
            double deff = Math.max(1.0, (seCluster * seCluster) / (seSimple * seSimple));
            nEffective = n / deff;
        }
        Interval w = Proportions.wilson(p, nEffective, LEVEL);
        return new MetricResult(
                scorer, MetricKind.PROPORTION, p, w.lower(), w.upper(), n, clusters, seCluster, "wilson-deff");
    }

    private TimingSummary timings(long wallMs) {
        if (latencies.isEmpty()) {
            return new TimingSummary(wallMs, 0, 0, 0, 0);
        }
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        double mean = Arrays.stream(sorted).average().orElse(0);
        return new TimingSummary(
                wallMs, mean, percentile(sorted, 0.50), percentile(sorted, 0.95), sorted[sorted.length - 1]);
    }

    private static long percentile(long[] sorted, double q) {
        int idx = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))];
    }
}
