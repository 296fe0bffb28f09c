package sg.assay.score.judge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sg.assay.ConfigException;

/**
 * A versioned judging instruction, read from a YAML file: what the judge is told, the placeholders filled per sample,
 * the JSON Schema its answer must match, and the label words (in any language) that map to each common label.
 *
 * @param id the rubric's name, e.g. {@code response-safety}
 * @param version a whole number raised whenever the wording or schema changes
 * @param kind which reading turns the answer into a score: safety, refusal, strongreject, classify, injection,
 *     leakage or pair
 * @param reasoningLanguage the language the judge is asked to reason in (BCP 47), the same for every response
 *     language so that judgements are comparable
 * @param description one line for listings
 * @param system the system message
 * @param template the user message, with {@code {{placeholder}}}s
 * @param schema the JSON Schema of the answer, as JSON text
 * @param labels common label to the words that mean it (the label itself included), lowercase
 * @param digest the SHA-256 of the rubric file ({@code sha256:<hex>}): any edit changes the judge's identity
 */
public record Rubric(
        String id,
        int version,
        String kind,
        String reasoningLanguage,
        String description,
        String system,
        String template,
        String schema,
        Map<String, List<String>> labels,
        String digest) {

    /** The placeholders a template may use. */
    public static final Set<String> PLACEHOLDERS = Set.of(
            "prompt",
            "response",
            "response_language",
            "reasoning_language",
            "category",
            "labels",
            "instruction",
            "secret");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");

    public Rubric {
        if (id.isBlank()) {
            throw new ConfigException("a rubric needs an id");
        }
        if (version < 1) {
            throw new ConfigException("rubric " + id + " needs a version of at least 1: " + version);
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        labels.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        labels = java.util.Collections.unmodifiableMap(copy);
        Set<String> unknown = new TreeSet<>(placeholders(template));
        unknown.removeAll(PLACEHOLDERS);
        if (!unknown.isEmpty()) {
            throw new ConfigException("rubric " + id + " uses unknown placeholder '"
                    + unknown.iterator().next() + "'; known: " + String.join(", ", new TreeSet<>(PLACEHOLDERS)));
        }
    }

    /** The placeholders a template uses. */
    static Set<String> placeholders(String template) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** The template with its placeholders filled; a placeholder without a value is left empty. */
    public String render(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** {@code id@version}, as reports cite it. */
    public String ref() {
        return id + "@" + version;
    }
}
