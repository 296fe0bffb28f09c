package sg.assay.validate;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds {@code ../shared/datasets} beside the repository (or {@code -Dassay.datasets}); tests skip without it. */
final class SharedData {
    private SharedData() {}

    static Path folder(String name) {
        Optional<Path> root = Optional.empty();
        String prop = System.getProperty("assay.datasets");
        if (prop != null && !prop.isBlank()) {
            root = Optional.of(Path.of(prop)).filter(Files::isDirectory);
        } else {
            for (Path dir = Path.of("").toAbsolutePath(); dir != null && root.isEmpty(); dir = dir.getParent()) {
                Path candidate = dir.resolveSibling("shared").resolve("datasets");
                if (dir.getParent() != null && Files.isDirectory(candidate)) {
                    root = Optional.of(candidate);
                }
            }
        }
        assumeTrue(root.isPresent(), "shared datasets not found at ../shared/datasets (or -Dassay.datasets)");
        Path p = root.get().resolve(name);
        assumeTrue(Files.isDirectory(p), "shared dataset folder not found: " + p);
        return p;
    }
}
