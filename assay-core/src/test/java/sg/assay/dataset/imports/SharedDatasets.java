package sg.assay.dataset.imports;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds {@code ../shared/datasets} beside the repository (or {@code -Dassay.datasets}); tests skip without it. */
public final class SharedDatasets {
    private SharedDatasets() {}

    public static Optional<Path> find() {
        String prop = System.getProperty("assay.datasets");
        if (prop != null && !prop.isBlank()) {
            Path p = Path.of(prop);
            return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolveSibling("shared").resolve("datasets");
            if (dir.getParent() != null && Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The folder of one dataset; skips the test when the shared datasets are absent. */
    /** The shared datasets folder; skips the test when it is absent. */
    public static Path root() {
        Optional<Path> root = find();
        assumeTrue(root.isPresent(), "shared datasets not found at ../shared/datasets (or -Dassay.datasets)");
        return root.get();
    }

    public static Path folder(String name) {
        Optional<Path> root = find();
        assumeTrue(root.isPresent(), "shared datasets not found at ../shared/datasets (or -Dassay.datasets)");
        Path p = root.get().resolve(name);
        assumeTrue(Files.isDirectory(p), "shared dataset folder not found: " + p);
        return p;
    }
}
