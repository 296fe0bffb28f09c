package sg.assay.message;

import java.util.List;

/** A turn from the user: text and image parts. */
public record UserMessage(List<Part> parts) implements Message {
    public UserMessage {
        parts = List.copyOf(parts);
    }

    @Override
    public String text() {
        return Message.joinText(parts);
    }
}
