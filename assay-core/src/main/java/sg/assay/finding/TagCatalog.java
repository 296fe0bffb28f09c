package sg.assay.finding;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sg.assay.ConfigException;
import sg.assay.json.Json;

/**
 * The bundled mapping of OWASP LLM Top 10 (2025) and MITRE ATLAS identifiers to short names, and of each probe or
 * strategy to its default title, severity and tags.
 */
public final class TagCatalog {
    static final String RESOURCE = "sg/assay/finding/tags.yaml";
    static final List<String> FRAMEWORKS = List.of("owasp-llm-2025", "mitre-atlas");

    /**
     * What a probe or strategy's findings get unless told otherwise.
     *
     * @param name the probe scorer or strategy name
     * @param kind {@code probe}, {@code strategy} or {@code chat}: the {@link Finding.Source#kind()} of its findings
     * @param title the finding's default title
     * @param severity its default severity
     * @param tags its OWASP and ATLAS tags
     */
    public record SourceDefaults(String name, String kind, String title, Severity severity, List<Tag> tags) {
        public SourceDefaults {
            tags = List.copyOf(tags);
        }
    }

    private final Map<String, Tag> tags;
    private final Map<String, SourceDefaults> sources;

    private TagCatalog(Map<String, Tag> tags, Map<String, SourceDefaults> sources) {
        this.tags = Map.copyOf(tags);
        this.sources = Map.copyOf(sources);
    }

    /** The bundled catalogue. */
    public static TagCatalog standard() {
        try (InputStream in = TagCatalog.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return parse(Json.yaml().readTree(in));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + RESOURCE, e);
        }
    }

    static TagCatalog parse(JsonNode root) {
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (String framework : FRAMEWORKS) {
            root.path(framework)
                    .fields()
                    .forEachRemaining(e -> tags.put(
                            e.getKey(),
                            new Tag(framework, e.getKey(), e.getValue().asText())));
        }
        TagCatalog partial = new TagCatalog(tags, Map.of());
        Map<String, SourceDefaults> sources = new LinkedHashMap<>();
        root.path("sources").fields().forEachRemaining(e -> {
            List<String> ids = new ArrayList<>();
            e.getValue().path("tags").forEach(t -> ids.add(t.asText()));
            sources.put(
                    e.getKey(),
                    new SourceDefaults(
                            e.getKey(),
                            e.getValue().path("kind").asText("probe"),
                            e.getValue().path("title").asText(e.getKey()),
                            Severity.parse(e.getValue().path("severity").asText("medium")),
                            partial.tags(ids)));
        });
        return new TagCatalog(tags, sources);
    }

    /** Every tag, OWASP first. */
    public List<Tag> all() {
        return List.copyOf(tags.values());
    }

    /** The tags for identifiers; an unknown identifier is an error that names it. */
    public List<Tag> tags(List<String> ids) {
        List<Tag> out = new ArrayList<>();
        for (String id : ids) {
            Tag t = tags.get(id.strip());
            if (t == null) {
                throw new ConfigException("tag '" + id + "' not known; expected an OWASP id like LLM01:2025 or an"
                        + " ATLAS id like AML.T0051");
            }
            out.add(t);
        }
        return out;
    }

    /** The defaults for a probe scorer or strategy name, if it is one. */
    public Optional<SourceDefaults> source(String name) {
        return Optional.ofNullable(sources.get(name));
    }
}
