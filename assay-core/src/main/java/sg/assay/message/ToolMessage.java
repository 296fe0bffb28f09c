package sg.assay.message;

/** The result of a tool call, sent back to the target. {@code error} marks a failed call. */
public record ToolMessage(String callId, String name, String content, boolean error) implements Message {
    @Override
    public String text() {
        return content;
    }
}
