package sg.assay.run;

import java.time.Instant;

/** When a sample started, how long it took in all, and how much of that was spent waiting on the target. */
public record Timings(Instant started, long totalMs, long targetMs) {}
