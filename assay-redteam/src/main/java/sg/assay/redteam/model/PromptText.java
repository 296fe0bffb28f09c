package sg.assay.redteam.model;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import sg.assay.AssayException;
import sg.assay.ConfigException;

/**
 * A prompt kept in a resource file under {@code redteam/prompts/}, with {@code {name}} placeholders. Filling a
 * placeholder the caller did not give is an error, so a renamed variable cannot silently reach a model.
 *
 * @param name the file name without extension
 * @param text the prompt text
 */
public record PromptText(String name, String text) {
    private static final Pattern SLOT = Pattern.compile("\\{([a-z_]+)}");

    /** Loads {@code redteam/prompts/<name>.txt}. */
    public static PromptText load(String name) {
        String resource = "/redteam/prompts/" + name + ".txt";
        try (InputStream in = PromptText.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new AssayException("prompt resource " + resource + " is missing");
            }
            return new PromptText(name, new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        } catch (IOException e) {
            throw new AssayException("cannot read prompt " + resource + ": " + e.getMessage(), e);
        }
    }

    /** The text with every {@code {name}} replaced; values are inserted literally, never re-expanded. */
    public String fill(Map<String, String> vars) {
        Matcher m = SLOT.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = vars.get(m.group(1));
            if (value == null) {
                throw new ConfigException("prompt " + name + " needs a value for {" + m.group(1) + "}");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(value));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
