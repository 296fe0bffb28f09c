package sg.assay.language;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import sg.assay.ConfigException;
import sg.assay.json.Json;

/**
 * Reviewed exceptions to the language checks: each names an item, the check it is exempt from and the reason a
 * person gave after looking at the item. Read from a YAML resource with a list {@code exceptions} of
 * {@code {item, check, reason}}.
 */
public record AllowList(List<Entry> entries) {
    private static final Set<String> CHECKS =
            Set.of("script", "simplified", "diacritics", "vocabulary", "identification");

    public AllowList {
        entries = List.copyOf(entries);
    }

    /** One exception. */
    public record Entry(String item, String check, String reason) {
        public Entry {
            if (item.isBlank()) {
                throw new ConfigException("allow-list entry without an item id");
            }
            if (!CHECKS.contains(check)) {
                throw new ConfigException("allow-list entry for " + item + " names check '" + check
                        + "'; expected one of: diacritics, identification, script, simplified, vocabulary");
            }
            if (reason.isBlank()) {
                throw new ConfigException("allow-list entry for " + item + " has no reason");
            }
        }
    }

    public static AllowList empty() {
        return new AllowList(List.of());
    }

    public boolean allows(String itemId, String check) {
        return entries.stream()
                .anyMatch(e -> e.item().equals(itemId) && e.check().equals(check));
    }

    /** Reads an allow-list from the classpath; a missing resource is an empty list. */
    public static AllowList read(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return empty();
            }
            return parse(resource, Json.yaml().readTree(in));
        } catch (IOException e) {
            throw new ConfigException("cannot read allow-list " + resource + ": " + e.getMessage(), e);
        }
    }

    /** Reads an allow-list file; a missing file is an empty list. */
    public static AllowList read(Path file) {
        if (!Files.exists(file)) {
            return empty();
        }
        try {
            return parse(file.toString(), Json.yaml().readTree(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new ConfigException("cannot read allow-list " + file + ": " + e.getMessage(), e);
        }
    }

    static AllowList parse(String source, JsonNode root) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            return empty();
        }
        List<Entry> out = new ArrayList<>();
        for (JsonNode n : root.path("exceptions")) {
            try {
                out.add(new Entry(
                        n.path("item").asText(""),
                        n.path("check").asText(""),
                        n.path("reason").asText("")));
            } catch (ConfigException e) {
                throw new ConfigException(source + ": " + e.getMessage(), e);
            }
        }
        return new AllowList(out);
    }
}
