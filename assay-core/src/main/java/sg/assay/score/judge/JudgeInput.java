package sg.assay.score.judge;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import sg.assay.language.Language;

/**
 * What a judge looks at: the prompt, the response and their context.
 *
 * @param sampleId the sample's id, passed to the judge target (scripted judges answer by it)
 * @param prompt the prompt the response answered (or the task, for injection)
 * @param response the text judged
 * @param language the response's BCP 47 language tag ({@code und} when unknown)
 * @param category the hazard or test category, or empty
 * @param instruction the injected instruction (prompt-injection rubric), or empty
 * @param secret the protected text (leakage rubric), or empty
 */
public record JudgeInput(
        String sampleId,
        String prompt,
        String response,
        String language,
        String category,
        String instruction,
        String secret) {

    public static JudgeInput of(String prompt, String response, String language) {
        return new JudgeInput("", prompt, response, language, "", "", "");
    }

    /** The placeholder values of a rubric template. */
    Map<String, String> values(Rubric rubric, LabelSet labels) {
        return Map.of(
                "prompt",
                prompt,
                "response",
                response,
                "response_language",
                languageName(language),
                "reasoning_language",
                languageName(rubric.reasoningLanguage()),
                "category",
                category.isBlank() ? "(none given)" : category,
                "labels",
                labels.bullets(),
                "instruction",
                instruction,
                "secret",
                secret);
    }

    /** A language's English name with its tag, e.g. {@code Malay (ms)}; unknown languages are said to be so. */
    static String languageName(String tag) {
        if (tag.isBlank() || tag.equals("und")) {
            return "an unstated language (identify it yourself)";
        }
        Optional<Language> known = Language.find(tag);
        String name = known.map(Language::displayName)
                .orElseGet(() -> Locale.forLanguageTag(tag).getDisplayName(Locale.ENGLISH));
        return name.isBlank() || name.equals(tag) ? tag : name + " (" + tag + ")";
    }
}
