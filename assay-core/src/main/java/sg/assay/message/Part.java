package sg.assay.message;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** A piece of message content: text or an image. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Part.Text.class, name = "text"),
    @JsonSubTypes.Type(value = Part.Image.class, name = "image")
})
public sealed interface Part {

    /** Plain text. */
    record Text(String text) implements Part {}

    /** An image given by URL (http(s) or a data: URL) and its media type, e.g. image/png. */
    record Image(String url, String mediaType) implements Part {}
}
