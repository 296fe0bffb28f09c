package sg.assay.dataset;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import sg.assay.ConfigException;
import sg.assay.message.Message;
import sg.assay.message.UserMessage;

/**
 * One input and what is expected of it.
 *
 * @param id unique within its dataset
 * @param input the conversation to send (usually one user message)
 * @param expected the ground truth, or an empty string when there is none
 * @param language a BCP 47 tag, e.g. {@code en}, {@code en-SG}, {@code zh-Hans}; {@code und} when unknown
 * @param category the hazard or test category, or an empty string
 * @param group the cluster this sample belongs to for statistics (e.g. an intent id); defaults to the id
 * @param metadata any further string fields (e.g. {@code kind=harmful}, {@code register=code-mixed})
 */
public record Sample(
        String id,
        List<Message> input,
        String expected,
        String language,
        String category,
        String group,
        Map<String, String> metadata) {

    public Sample {
        if (id.isBlank()) {
            throw new ConfigException("sample id must not be blank");
        }
        if (input.isEmpty()) {
            throw new ConfigException("sample " + id + " has no input");
        }
        input = List.copyOf(input);
        metadata = Map.copyOf(metadata);
        if (language.isBlank()) {
            language = "und";
        }
        if (group.isBlank()) {
            group = id;
        }
    }

    public static Sample of(String id, String prompt) {
        return new Sample(id, List.of(Message.user(prompt)), "", "und", "", id, Map.of());
    }

    /** The text of the last user message: what a single-turn prompt asks. */
    public String prompt() {
        for (int i = input.size() - 1; i >= 0; i--) {
            if (input.get(i) instanceof UserMessage u) {
                return u.text();
            }
        }
        return input.getLast().text();
    }

    /**
     * The value of a field by name, for filters: id, language, category, group, expected, or a metadata key.
     */
    public Optional<String> field(String name) {
        return switch (name) {
            case "id" -> Optional.of(id);
            case "language" -> Optional.of(language);
            case "category" -> Optional.of(category);
            case "group" -> Optional.of(group);
            case "expected" -> Optional.of(expected);
            default -> Optional.ofNullable(metadata.get(name));
        };
    }

    public Sample withInput(List<Message> newInput) {
        return new Sample(id, newInput, expected, language, category, group, metadata);
    }
}
