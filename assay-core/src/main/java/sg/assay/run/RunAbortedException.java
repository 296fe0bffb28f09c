package sg.assay.run;

import sg.assay.AssayException;

/** The run cannot go on (bad key, unknown model, unreachable endpoint, too many failed samples). */
public final class RunAbortedException extends AssayException {
    private static final long serialVersionUID = 1L;

    public RunAbortedException(String message, Throwable cause) {
        super(message, cause);
    }
}
