package sg.assay.message;

/** A tool call requested by the target; the arguments are the JSON text the target produced. */
public record ToolCall(String id, String name, String arguments) {}
