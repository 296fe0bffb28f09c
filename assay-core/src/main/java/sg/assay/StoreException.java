package sg.assay;

/** A failure of the run store (database unreachable, corrupt, or a write that could not be made durable). */
public class StoreException extends AssayException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
