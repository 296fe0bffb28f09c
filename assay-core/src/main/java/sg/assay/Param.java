package sg.assay;

/** A documented parameter of a component: its name, what it does, its default, and whether it must be given. */
public record Param(String name, String description, String defaultValue, boolean required) {
    public static Param required(String name, String description) {
        return new Param(name, description, "", true);
    }

    public static Param optional(String name, String description, String defaultValue) {
        return new Param(name, description, defaultValue, false);
    }
}
