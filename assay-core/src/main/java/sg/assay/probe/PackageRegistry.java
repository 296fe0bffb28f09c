package sg.assay.probe;

import java.util.Optional;

/**
 * Asks a package registry (PyPI, npm, ...) whether a package exists. Implementations that go online live outside the
 * core and are used only when the user opts in; the core's own is {@link #OFFLINE}, which never knows.
 */
@FunctionalInterface
public interface PackageRegistry {
    /** Knows nothing: every answer is empty. */
    PackageRegistry OFFLINE = (ecosystem, name) -> Optional.empty();

    /** Whether the package exists in the ecosystem's registry, or empty when that cannot be told. */
    Optional<Boolean> exists(String ecosystem, String name);
}
