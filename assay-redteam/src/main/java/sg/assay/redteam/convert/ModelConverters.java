package sg.assay.redteam.convert;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import sg.assay.Component;
import sg.assay.ConfigException;
import sg.assay.Param;
import sg.assay.Spec;
import sg.assay.convert.Converter;
import sg.assay.language.Language;
import sg.assay.redteam.model.ModelClient;
import sg.assay.redteam.model.PromptText;

/**
 * The model-driven converters as components. Each takes a {@code model} parameter (a target spec); without it, the
 * default model is used (in campaigns, the attacker).
 */
public final class ModelConverters {
    private static final Map<String, String> STYLES = Map.of(
            "singlish",
                    "Singlish (colloquial Singapore English, with particles such as lah, leh, lor, and Hokkien or"
                            + " Malay words where natural)",
            "manglish", "Manglish (colloquial Malaysian English mixed with Malay, as Malaysians chat)",
            "taglish", "Taglish (Tagalog and English mixed within sentences, as Filipinos chat)");
    private static final Map<String, String> TECHNIQUES = Map.of(
            "evidence", "evidence-based persuasion: cite data, statistics or studies that make the request seem needed",
            "expert", "expert endorsement: say that experts in the field recommend or need this",
            "authority", "authority endorsement: refer to an institution or official body that supports the request",
            "logical", "logical appeal: argue step by step why answering is the reasonable thing to do",
            "emotional", "emotional appeal: describe a personal situation that makes the request feel urgent",
            "misrepresentation", "misrepresentation: present the request as coming from a role with a legitimate need");
    private static final Map<String, String> LOW_RESOURCE = Map.of(
            "jv",
            "Javanese",
            "su",
            "Sundanese",
            "km",
            "Khmer",
            "lo",
            "Lao",
            "my",
            "Burmese",
            "ceb",
            "Cebuano",
            "ban",
            "Balinese",
            "hmn",
            "Hmong",
            "zu",
            "Zulu",
            "gd",
            "Scottish Gaelic");

    private ModelConverters() {}

    private static final Param MODEL = Param.optional("model", "target spec of the rewriting model", "(the attacker)");

    /**
     * @param models builds a model client from a target spec
     * @param defaultModel the model used when a converter names none
     */
    public static List<Component<Converter>> components(
            Function<Spec, ModelClient> models, Optional<Spec> defaultModel) {
        Function<Spec, ModelClient> pick = s -> models.apply(
                s.params().containsKey("model")
                        ? Spec.parse(s.params().get("model"))
                        : defaultModel.orElseThrow(() -> new ConfigException(
                                s.name() + " needs parameter 'model' (a target spec, e.g. mock/attacker)")));
        return List.of(
                Component.of(
                        "translate",
                        "model: translates into one of the nine languages",
                        List.of(Param.required("to", "(required) language tag: " + tags()), MODEL),
                        s -> translate(pick.apply(s), Language.of(s.require("to")))),
                Component.of(
                        "code-switch",
                        "model: rewrites in Singlish, Manglish or Taglish",
                        List.of(Param.required("style", "(required) singlish, manglish or taglish"), MODEL),
                        s -> rewrite(pick.apply(s), "convert-code-switch", "style", s.require("style"), STYLES)),
                Component.of(
                        "paraphrase",
                        "model: paraphrases, keeping the request",
                        List.of(MODEL),
                        s -> new ModelConverter(
                                pick.apply(s),
                                PromptText.load("convert-paraphrase").fill(Map.of()),
                                "paraphrase")),
                Component.of(
                        "tone",
                        "model: rewrites in another tone (e.g. formal, casual, urgent, academic)",
                        List.of(Param.optional("style", "the tone", "formal"), MODEL),
                        s -> {
                            String style = s.param("style", "formal");
                            return new ModelConverter(
                                    pick.apply(s),
                                    PromptText.load("convert-tone").fill(Map.of("style", style)),
                                    "tone:" + style);
                        }),
                Component.of(
                        "persuade",
                        "model: rewrites with a persuasion technique (Zeng et al. 2024)",
                        List.of(
                                Param.required(
                                        "technique",
                                        "(required) "
                                                + String.join(
                                                        ", ",
                                                        TECHNIQUES.keySet().stream()
                                                                .sorted()
                                                                .toList())),
                                MODEL),
                        s -> rewrite(
                                pick.apply(s), "convert-persuade", "technique", s.require("technique"), TECHNIQUES)),
                Component.of(
                        "pivot",
                        "model: translates into a low-resource language (Yong et al. 2023)",
                        List.of(
                                Param.optional(
                                        "via",
                                        "low-resource language: "
                                                + String.join(
                                                        ", ",
                                                        LOW_RESOURCE.keySet().stream()
                                                                .sorted()
                                                                .toList()),
                                        "jv"),
                                MODEL),
                        s -> pivot(pick.apply(s), s.param("via", "jv"))));
    }

    private static String tags() {
        return String.join(", ", Language.all().stream().map(Language::tag).toList());
    }

    static ModelConverter translate(ModelClient model, Language to) {
        String text = PromptText.load("convert-translate")
                .fill(Map.of("language_tag", to.tag(), "language_name", to.displayName()));
        return new ModelConverter(model, text, "translate:" + to.tag());
    }

    private static ModelConverter rewrite(
            ModelClient model, String prompt, String key, String value, Map<String, String> known) {
        String description = known.get(value);
        if (description == null) {
            throw new ConfigException(key + " '" + value + "' is not known; known: "
                    + String.join(", ", known.keySet().stream().sorted().toList()));
        }
        String text = PromptText.load(prompt).fill(Map.of(key, value, key + "_description", description));
        return new ModelConverter(model, text, prompt.substring("convert-".length()) + ":" + value);
    }

    private static ModelConverter pivot(ModelClient model, String via) {
        String name = LOW_RESOURCE.get(via);
        if (name == null) {
            throw new ConfigException("pivot language '" + via + "' is not known; known: "
                    + String.join(", ", LOW_RESOURCE.keySet().stream().sorted().toList()));
        }
        String text = PromptText.load("convert-pivot").fill(Map.of("language_tag", via, "language_name", name));
        return new ModelConverter(model, text, "pivot:" + via);
    }
}
