package sg.assay.redteam.convert;

import java.util.List;
import sg.assay.AssayException;
import sg.assay.convert.Converter;
import sg.assay.message.Message;
import sg.assay.redteam.model.ModelClient;

/**
 * A converter that asks a model to rewrite the prompt: the instructions go in the system message, the prompt inside
 * {@code <text>} tags in the user message, and the reply (tags removed if echoed) is the converted prompt.
 */
public final class ModelConverter implements Converter {
    private final ModelClient model;
    private final String instructions;
    private final String task;

    public ModelConverter(ModelClient model, String instructions, String task) {
        this.model = model;
        this.instructions = instructions;
        this.task = task;
    }

    @Override
    public String convert(String prompt) {
        String reply = model.call(
                        List.of(Message.system(instructions), Message.user("<text>" + prompt + "</text>")),
                        0,
                        "convert:" + task)
                .text()
                .strip();
        if (reply.startsWith("<text>") && reply.endsWith("</text>")) {
            reply = reply.substring("<text>".length(), reply.length() - "</text>".length())
                    .strip();
        }
        if (reply.isEmpty()) {
            throw new AssayException("converter " + task + " got an empty rewrite from " + model.describe());
        }
        return reply;
    }

    public String task() {
        return task;
    }
}
