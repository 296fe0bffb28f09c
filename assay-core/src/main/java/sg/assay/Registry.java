package sg.assay;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * An explicit, instance-level registry of components of one kind (targets, scorers, solvers), built in the
 * composition root. Unknown names and unknown parameters are user errors that list what is known.
 */
public final class Registry<T> {
    private final String kind;
    private final Map<String, Component<T>> components = new LinkedHashMap<>();

    public Registry(String kind) {
        this.kind = kind;
    }

    public Registry<T> register(Component<T> component) {
        if (components.putIfAbsent(component.name(), component) != null) {
            throw new AssayException(kind + " '" + component.name() + "' registered twice");
        }
        return this;
    }

    public String kind() {
        return kind;
    }

    public Collection<Component<T>> components() {
        return List.copyOf(components.values());
    }

    public Optional<Component<T>> find(String name) {
        Component<T> exact = components.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        int slash = name.indexOf('/');
        if (slash > 0 && slash < name.length() - 1) {
            return Optional.ofNullable(components.get(name.substring(0, slash) + "/*"));
        }
        return Optional.empty();
    }

    /** Builds the component a spec names, after checking that every given parameter is one it knows. */
    public T create(Spec spec) {
        Component<T> c = find(spec.name())
                .orElseThrow(() -> new ConfigException(
                        kind + " '" + spec.name() + "' not found; known: " + String.join(", ", components.keySet())));
        Set<String> known = new TreeSet<>();
        c.params().forEach(p -> known.add(p.name()));
        List<String> unknown = new ArrayList<>();
        for (String key : spec.params().keySet()) {
            if (!known.contains(key)) {
                unknown.add(key);
            }
        }
        if (!unknown.isEmpty()) {
            throw new ConfigException("unknown parameter '" + unknown.getFirst() + "' for " + kind + " " + spec.name()
                    + "; known: " + (known.isEmpty() ? "(none)" : String.join(", ", known)));
        }
        for (Param p : c.params()) {
            if (p.defaultValue().isEmpty()
                    && p.description().startsWith("(required)")
                    && !spec.params().containsKey(p.name())) {
                throw new ConfigException(kind + " " + spec.name() + " needs parameter '" + p.name() + "'");
            }
        }
        return c.factory().apply(spec);
    }
}
