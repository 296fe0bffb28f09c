package sg.assay.target;

/**
 * A failure that retrying will not fix. {@link Scope#RUN} means the run itself is wrong (bad key, unknown model, bad
 * URL) and stops early; {@link Scope#SAMPLE} means only this sample failed and the run goes on.
 */
public sealed class NonRetriableTargetException extends TargetException permits ProviderBlockedException {
    private static final long serialVersionUID = 1L;

    /** Whom the error is about. */
    public enum Scope {
        RUN,
        SAMPLE
    }

    private final Scope scope;

    public NonRetriableTargetException(String message, Scope scope) {
        super(message);
        this.scope = scope;
    }

    public NonRetriableTargetException(String message, Scope scope, Throwable cause) {
        super(message, cause);
        this.scope = scope;
    }

    public Scope scope() {
        return scope;
    }
}
