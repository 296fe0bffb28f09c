package sg.assay.run;

/** Progress events of a run, for progress bars and logs. Called from many threads. */
public interface EngineListener {
    EngineListener NONE = new EngineListener() {};

    /** The run starts with {@code total} sample-epochs, of which {@code alreadyDone} were done before (resume). */
    default void started(RunRecord run, long total, long alreadyDone) {}

    default void sampleDone(SampleResult result) {}

    /** A retriable error happened and the call will be retried. */
    default void retrying(String message) {}

    default void finished(RunRecord run) {}
}
