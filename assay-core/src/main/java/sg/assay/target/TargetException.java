package sg.assay.target;

import sg.assay.AssayException;

/** A target call failed. Subtypes say what the engine should do about it. */
public abstract sealed class TargetException extends AssayException
        permits RetriableTargetException, NonRetriableTargetException {
    private static final long serialVersionUID = 1L;

    protected TargetException(String message) {
        super(message);
    }

    protected TargetException(String message, Throwable cause) {
        super(message, cause);
    }
}
