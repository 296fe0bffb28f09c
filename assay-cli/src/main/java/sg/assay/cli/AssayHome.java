package sg.assay.cli;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where Assay keeps its files: {@code ASSAY_HOME}, or {@code ~/.assay}. The default store is {@code assay.db}
 * inside it; reports, the response cache and imported datasets have their own folders.
 */
public record AssayHome(Path root) {
    public static AssayHome from(Map<String, String> env) {
        String home = env.get("ASSAY_HOME");
        return new AssayHome(
                home == null || home.isBlank() ? Path.of(System.getProperty("user.home"), ".assay") : Path.of(home));
    }

    public Path store() {
        return root.resolve("assay.db");
    }

    public Path reports() {
        return root.resolve("reports");
    }

    public Path cache() {
        return root.resolve("cache");
    }

    public Path datasets() {
        return root.resolve("datasets");
    }
}
