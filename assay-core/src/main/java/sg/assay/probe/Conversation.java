package sg.assay.probe;

import java.util.ArrayList;
import java.util.List;
import sg.assay.message.AssistantMessage;
import sg.assay.message.Message;
import sg.assay.message.UserMessage;
import sg.assay.solve.TaskState;

/** The parts of a finished conversation a probe looks at: what the target said and what the attacker sent. */
final class Conversation {
    private Conversation() {}

    /** Every assistant turn, joined: a leak in any turn of a multi-turn attack counts. */
    static String answers(TaskState state) {
        List<String> parts = new ArrayList<>();
        for (Message m : state.messages()) {
            if (m instanceof AssistantMessage a) {
                parts.add(a.text());
            }
        }
        if (parts.isEmpty()) {
            parts.add(state.output());
        }
        return String.join("\n", parts);
    }

    /** Every user turn, joined: values the attacker supplied itself are not leaks. */
    static String userText(TaskState state) {
        List<String> parts = new ArrayList<>();
        for (Message m : state.messages()) {
            if (m instanceof UserMessage u) {
                parts.add(u.text());
            }
        }
        return String.join("\n", parts);
    }
}
