package sg.assay.run;

/** The exactly-once key of a result within a run. */
public record SampleKey(String sampleId, int epoch) {}
