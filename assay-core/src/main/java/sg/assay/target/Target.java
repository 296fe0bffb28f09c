package sg.assay.target;

/**
 * The system under test. Implementations send one request and map failures to {@link RetriableTargetException},
 * {@link NonRetriableTargetException} or {@link ProviderBlockedException}; they never retry by themselves.
 */
public interface Target extends AutoCloseable {

    /** Sends one request and returns the response; throws a {@link TargetException} subtype on failure. */
    TargetResponse generate(TargetRequest request);

    /** The spec text this target was built from, with secrets removed: what the run record stores. */
    String describe();

    /** The key under which concurrent connections are limited; targets on the same endpoint share it. */
    default String connectionKey() {
        return describe();
    }

    @Override
    default void close() {}
}
