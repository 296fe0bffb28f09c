package sg.assay.targets;

import java.util.Map;
import java.util.Optional;

/** Where targets read environment variables from: the process environment, or a map in tests. */
@FunctionalInterface
public interface Env {
    /** The variable's value, when it is set and not blank. */
    Optional<String> get(String name);

    static Env system() {
        return name -> Optional.ofNullable(System.getenv(name)).filter(v -> !v.isBlank());
    }

    static Env of(Map<String, String> values) {
        Map<String, String> copy = Map.copyOf(values);
        return name -> Optional.ofNullable(copy.get(name)).filter(v -> !v.isBlank());
    }
}
