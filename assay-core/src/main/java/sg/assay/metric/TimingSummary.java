package sg.assay.metric;

/** Wall-clock time of the run so far and the distribution of per-sample latency, in milliseconds. */
public record TimingSummary(long wallMs, double meanSampleMs, long p50SampleMs, long p95SampleMs, long maxSampleMs) {}
