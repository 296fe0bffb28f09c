/** The typed transcript: messages, their text and image parts, and tool calls. */
@NullMarked
package sg.assay.message;

import org.jspecify.annotations.NullMarked;
