package sg.assay.redteam.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sg.assay.AssayException;
import sg.assay.ConfigException;
import sg.assay.dataset.Dataset;
import sg.assay.dataset.Sample;
import sg.assay.json.Json;

/**
 * A set of jailbreak templates: this project's own ({@code redteam/templates/*.yaml}, listed in {@code index.txt}),
 * or a public set read through the importers (e.g. the DAN prompts of the Moonshot data, or the JailbreakBench
 * artifacts), where the behaviour in each prompt is replaced by {@code {prompt}} or, when absent, appended.
 */
public final class TemplateLibrary {
    private final List<JailbreakTemplate> templates;

    public TemplateLibrary(List<JailbreakTemplate> templates) {
        Map<String, JailbreakTemplate> byId = new LinkedHashMap<>();
        for (JailbreakTemplate t : templates) {
            if (byId.putIfAbsent(t.id(), t) != null) {
                throw new ConfigException("jailbreak template id " + t.id() + " is used twice");
            }
        }
        this.templates = List.copyOf(byId.values());
    }

    public List<JailbreakTemplate> all() {
        return templates;
    }

    /** The templates of some categories, in order; every template when {@code categories} is empty. */
    public List<JailbreakTemplate> select(List<String> categories) {
        if (categories.isEmpty()) {
            return templates;
        }
        List<JailbreakTemplate> out = templates.stream()
                .filter(t -> categories.contains(t.category()))
                .toList();
        if (out.isEmpty()) {
            throw new ConfigException("no jailbreak templates in categories " + categories + "; known: "
                    + templates.stream()
                            .map(JailbreakTemplate::category)
                            .distinct()
                            .toList());
        }
        return out;
    }

    /** This project's templates. */
    public static TemplateLibrary builtIn() {
        List<JailbreakTemplate> out = new ArrayList<>();
        for (String file : resource("index.txt").lines().map(String::strip).toList()) {
            if (file.isEmpty() || file.startsWith("#")) {
                continue;
            }
            try {
                JsonNode doc = Json.yaml().readTree(resource(file));
                String category = doc.path("category").asText();
                for (JsonNode t : doc.path("templates")) {
                    out.add(new JailbreakTemplate(
                            t.path("id").asText(), category, t.path("text").asText(), "assay"));
                }
            } catch (IOException e) {
                throw new AssayException("cannot read template file " + file + ": " + e.getMessage(), e);
            }
        }
        return new TemplateLibrary(out);
    }

    private static String resource(String name) {
        try (InputStream in = TemplateLibrary.class.getResourceAsStream("/redteam/templates/" + name)) {
            if (in == null) {
                throw new AssayException("template resource " + name + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssayException("cannot read template resource " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * Templates from an imported dataset of jailbreak prompts: each sample's prompt, with its {@code goal} metadata
     * (JailbreakBench) replaced by {@code {prompt}}, or with {@code {prompt}} appended when the prompt has no slot
     * (the DAN prompts). Braces already in the prompt are kept as text.
     */
    public static TemplateLibrary fromDataset(Dataset dataset, String category) {
        List<JailbreakTemplate> out = new ArrayList<>();
        for (Sample s : dataset.samples()) {
            String text = s.input().stream()
                    .filter(m -> m instanceof sg.assay.message.UserMessage)
                    .findFirst()
                    .map(sg.assay.message.Message::text)
                    .orElse(s.prompt())
                    .replace("{", "(")
                    .replace("}", ")");
            String goal = s.metadata().getOrDefault("goal", "");
            if (!goal.isBlank() && text.contains(goal)) {
                text = text.replace(goal, "{prompt}");
            } else {
                text = text.strip() + "\n\n{prompt}";
            }
            out.add(new JailbreakTemplate(dataset.name() + ":" + s.id(), category, text, dataset.name()));
        }
        return new TemplateLibrary(out);
    }
}
