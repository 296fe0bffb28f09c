package sg.assay.suite;

/**
 * One thing wrong with a suite.
 *
 * @param id the intent or item id it concerns (or the file, for file-level problems)
 * @param check the check that found it, e.g. {@code languages}, {@code duplicate-text}, {@code identification}
 * @param message what is wrong, in one line, without the item's full text
 */
public record SuiteProblem(String id, String check, String message) {
    @Override
    public String toString() {
        return id + " [" + check + "] " + message;
    }
}
