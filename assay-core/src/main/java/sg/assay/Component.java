package sg.assay;

import java.util.List;
import java.util.function.Function;

/**
 * A named, documented way to build something from a {@link Spec}. A name ending in {@code /*} (e.g.
 * {@code openai/*}) accepts any model name after the provider.
 */
public record Component<T>(String name, String description, List<Param> params, Function<Spec, T> factory) {
    public Component {
        params = List.copyOf(params);
    }

    public static <T> Component<T> of(String name, String description, List<Param> params, Function<Spec, T> factory) {
        return new Component<>(name, description, params, factory);
    }
}
