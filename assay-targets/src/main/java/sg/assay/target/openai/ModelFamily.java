package sg.assay.target.openai;

import java.util.Locale;
import java.util.regex.Pattern;

/** What a model name says about the parameters the model accepts. */
public final class ModelFamily {
    private static final Pattern REASONING =
            Pattern.compile("^(?:[\\w.-]+/)?(?:o1|o3|o4|gpt-5|codex-mini)(?:[-.].*)?$|^mock-reasoning$");

    private ModelFamily() {}

    /**
     * Whether the model is one of OpenAI's reasoning families (o1, o3, o4, gpt-5, codex-mini), which take
     * {@code max_completion_tokens} and reject a non-default {@code temperature}.
     */
    public static boolean isReasoning(String model) {
        return REASONING.matcher(model.toLowerCase(Locale.ROOT)).matches();
    }
}
