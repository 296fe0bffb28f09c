package sg.assay.target.guard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import sg.assay.ConfigException;
import sg.assay.Spec;
import sg.assay.message.AssistantMessage;
import sg.assay.message.Message;
import sg.assay.message.UserMessage;
import sg.assay.target.NonRetriableTargetException;

/**
 * The conversation a guard model judges: user and assistant turns (system and tool messages left out, neighbouring
 * turns of one role joined, an opening assistant greeting dropped) ending with the judged turn, which is the last user prompt ({@code role=prompt}) or the
 * last assistant response ({@code role=response}). Without {@code role}, a sample with a response has its response
 * judged, else its prompt.
 *
 * @param turns the turns up to and including the judged one
 * @param judged which side is judged
 */
record Dialogue(List<Turn> turns, Side judged) {
    Dialogue {
        turns = List.copyOf(turns);
    }

    /** Which side of the conversation a turn is: Llama Guard's {@code User} and {@code Agent}. */
    enum Side {
        USER("User"),
        AGENT("Agent");

        final String label;

        Side(String label) {
            this.label = label;
        }
    }

    record Turn(Side side, String text) {}

    /** The {@code role} parameter: empty for "decide per sample". */
    static Optional<Side> role(Spec spec) {
        String v = spec.param("role", "").strip().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "" -> Optional.empty();
            case "prompt" -> Optional.of(Side.USER);
            case "response" -> Optional.of(Side.AGENT);
            default ->
                throw new ConfigException(spec.name() + " role '" + v + "' is not known; expected prompt or response");
        };
    }

    static Dialogue of(List<Message> messages, Optional<Side> role, String who) {
        List<Turn> all = new ArrayList<>();
        for (Message m : messages) {
            if (!(m instanceof UserMessage) && !(m instanceof AssistantMessage)) {
                continue;
            }
            Side side = m instanceof UserMessage ? Side.USER : Side.AGENT;
            if (!all.isEmpty() && all.getLast().side() == side) {
                all.set(all.size() - 1, new Turn(side, all.getLast().text() + "\n\n" + m.text()));
            } else {
                all.add(new Turn(side, m.text()));
            }
        }
        boolean hasResponse = all.stream().anyMatch(t -> t.side() == Side.AGENT);
        Side judged = role.orElse(hasResponse ? Side.AGENT : Side.USER);
        int last = -1;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).side() == judged) {
                last = i;
            }
        }
        if (last < 0) {
            throw new NonRetriableTargetException(
                    who + ": the sample has no " + (judged == Side.USER ? "user prompt" : "assistant response")
                            + " to classify (role=" + (judged == Side.USER ? "prompt" : "response") + ")",
                    NonRetriableTargetException.Scope.SAMPLE);
        }
        // guard prompts and chat templates start with the user: an opening assistant greeting is left out
        int first = all.getFirst().side() == Side.AGENT && last > 0 ? 1 : 0;
        return new Dialogue(all.subList(first, last + 1), judged);
    }

    /** The judged turn's text. */
    String judgedText() {
        return turns.getLast().text();
    }

    /** The last user prompt before the judged turn (or the judged prompt itself), empty when there is none. */
    String prompt() {
        for (int i = turns.size() - 1; i >= 0; i--) {
            if (turns.get(i).side() == Side.USER) {
                return turns.get(i).text();
            }
        }
        return "";
    }
}
