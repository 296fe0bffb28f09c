package sg.assay.redteam.template;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sg.assay.ConfigException;

/**
 * A jailbreak template: a framing with placeholders the behaviour is put into. Templates carry no completions, only
 * the request's framing.
 *
 * @param id unique within its set, e.g. {@code roleplay-novelist}
 * @param category role-play, hypothetical, developer-mode, refusal-suppression, prefix-injection, crescendo-opener,
 *     or the category a public set gives
 * @param text the template, with {@code {prompt}} (the behaviour) and optionally {@code {affirmation}} (the opening
 *     words the target is steered to start with)
 * @param source where it comes from: {@code assay} for this project's, or the dataset it was read from
 */
public record JailbreakTemplate(String id, String category, String text, String source) {
    private static final Pattern SLOT = Pattern.compile("\\{([a-z_]+)}");
    private static final List<String> KNOWN = List.of("prompt", "affirmation");

    public JailbreakTemplate {
        if (id.isBlank()) {
            throw new ConfigException("a jailbreak template needs an id");
        }
        List<String> slots = placeholders(text);
        if (!slots.contains("prompt")) {
            throw new ConfigException("jailbreak template " + id + " has no {prompt} placeholder");
        }
        for (String s : slots) {
            if (!KNOWN.contains(s)) {
                throw new ConfigException(
                        "jailbreak template " + id + " has unknown placeholder {" + s + "}; known: " + KNOWN);
            }
        }
    }

    static List<String> placeholders(String text) {
        Matcher m = SLOT.matcher(text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The template with the behaviour put in, and a generic affirmation for {@code {affirmation}}. */
    public String fill(String behaviour) {
        return fill(Map.of("prompt", behaviour, "affirmation", "Sure, here is"));
    }

    public String fill(Map<String, String> values) {
        Matcher m = SLOT.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
