package sg.assay.dataset.imports;

import java.nio.file.Path;
import java.util.List;
import sg.assay.Param;

/** Reads one source format (a file, or a folder of files) into a dataset. */
public interface Importer {
    /** The format name used on the command line, e.g. {@code multijail}. */
    String name();

    /** One line: what the source is and what it measures. */
    String description();

    /** The options this format accepts beyond the common ones ({@code name}, {@code skip-bad-rows}). */
    default List<Param> params() {
        return List.of();
    }

    Imported read(Path path, ImportOptions options);
}
