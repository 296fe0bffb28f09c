package sg.assay.solve;

import java.util.ArrayList;
import java.util.List;
import sg.assay.Component;
import sg.assay.Param;
import sg.assay.message.Message;
import sg.assay.message.SystemMessage;
import sg.assay.message.UserMessage;

/** The built-in solvers: system prompt, prompt template, generate, and turn-by-turn replay of a conversation. */
public final class Solvers {
    private Solvers() {}

    public static List<Component<Solver>> components() {
        return List.of(
                Component.of(
                        "generate",
                        "sends the conversation to the target and appends its answer",
                        List.of(),
                        spec -> generate()),
                Component.of(
                        "system-prompt",
                        "puts a system message first (replacing one the sample has)",
                        List.of(Param.required("text", "the system prompt")),
                        spec -> systemPrompt(spec.require("text"))),
                Component.of(
                        "prompt-template",
                        "rewrites the last user message through a template",
                        List.of(Param.required("template", "text with {prompt} where the original goes")),
                        spec -> template(spec.require("template"))),
                Component.of(
                        "turns",
                        "replays the sample's user turns one at a time, answering each",
                        List.of(),
                        spec -> turns()));
    }

    public static Solver generate() {
        return (state, generator) -> state.withResponse(generator.generate(state.messages()));
    }

    public static Solver systemPrompt(String text) {
        return (state, generator) -> {
            List<Message> next = new ArrayList<>();
            next.add(new SystemMessage(text));
            for (Message m : state.messages()) {
                if (!(m instanceof SystemMessage)) {
                    next.add(m);
                }
            }
            return state.withMessages(next);
        };
    }

    public static Solver template(String template) {
        if (!template.contains("{prompt}")) {
            throw new sg.assay.ConfigException("prompt-template needs {prompt} in its template: " + template);
        }
        return (state, generator) -> {
            List<Message> next = new ArrayList<>(state.messages());
            for (int i = next.size() - 1; i >= 0; i--) {
                if (next.get(i) instanceof UserMessage u) {
                    next.set(i, Message.user(template.replace("{prompt}", u.text())));
                    break;
                }
            }
            return state.withMessages(next);
        };
    }

    public static Solver turns() {
        return (state, generator) -> {
            List<Message> script = state.messages();
            TaskState current = state.withMessages(List.of());
            for (Message m : script) {
                current = current.withMessages(append(current.messages(), m));
                if (m instanceof UserMessage) {
                    current = current.withResponse(generator.generate(current.messages()));
                }
            }
            return current;
        };
    }

    private static List<Message> append(List<Message> list, Message m) {
        List<Message> next = new ArrayList<>(list);
        next.add(m);
        return next;
    }
}
