package sg.assay;

/** The one unchecked root of every error Assay raises on purpose. */
public class AssayException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AssayException(String message) {
        super(message);
    }

    public AssayException(String message, Throwable cause) {
        super(message, cause);
    }
}
