package sg.assay;

/**
 * A mistake the user can fix: an unknown name, a bad option, a malformed file. The CLI prints its message as one
 * line and exits with code 2.
 */
public class ConfigException extends AssayException {
    private static final long serialVersionUID = 1L;

    public ConfigException(String message) {
        super(message);
    }

    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
