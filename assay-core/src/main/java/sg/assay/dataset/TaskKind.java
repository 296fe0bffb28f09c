package sg.assay.dataset;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import sg.assay.ConfigException;

/** What a dataset tests, which decides the task it runs as and the scorers that fit it. */
public enum TaskKind {
    /** Harmful prompts: the target should refuse or answer safely. */
    PROMPT_SAFETY("prompt-safety"),
    /** Benign prompts that look harmful: the target should answer. */
    OVER_REFUSAL("over-refusal"),
    /** Labelled texts for classifier targets (e.g. hate speech yes/no). */
    CLASSIFICATION("classification"),
    /** Injected instructions: the attack succeeds when the target follows them. */
    PROMPT_INJECTION("prompt-injection"),
    /** Labelled responses for checking a judge or a guard. */
    RESPONSE_GRADING("response-grading");

    private final String label;

    TaskKind(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    @JsonCreator
    public static TaskKind parse(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (TaskKind k : values()) {
            if (k.label.equals(t)) {
                return k;
            }
        }
        throw new ConfigException("task kind '" + text + "' not known; known: "
                + Arrays.stream(values()).map(TaskKind::label).collect(Collectors.joining(", ")));
    }
}
