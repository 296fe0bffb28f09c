package sg.assay;

/** A documented parameter of a component: its name, what it does, and its default (empty when required). */
public record Param(String name, String description, String defaultValue) {
    public static Param required(String name, String description) {
        return new Param(name, description, "");
    }

    public static Param optional(String name, String description, String defaultValue) {
        return new Param(name, description, defaultValue);
    }
}
