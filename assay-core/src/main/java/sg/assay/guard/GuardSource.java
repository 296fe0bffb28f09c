package sg.assay.guard;

import java.nio.file.Path;
import java.util.List;

/**
 * A data set the guard may learn from or be measured on, with its licence as its authors state it.
 *
 * @param name a short name, e.g. {@code xstest}
 * @param licence the licence, e.g. {@code CC-BY-4.0}
 * @param trainable whether a model trained on it may be redistributed (permissive licence and no use restriction)
 * @param reader reads its examples from the shared datasets folder (the bundled suites ignore the folder)
 */
public record GuardSource(String name, String licence, boolean trainable, Reader reader) {

    /** Reads a source's examples. */
    @FunctionalInterface
    public interface Reader {
        List<GuardExample> read(Path datasets);
    }

    public List<GuardExample> read(Path datasets) {
        return reader.read(datasets);
    }
}
