package sg.assay.targets;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import sg.assay.Component;
import sg.assay.ConfigException;
import sg.assay.Param;
import sg.assay.Spec;
import sg.assay.json.Json;
import sg.assay.target.Target;

/**
 * Named targets declared once in a YAML file and referred to by name:
 *
 * <pre>{@code
 * targets:
 *   support-bot:
 *     target: http/support
 *     url: https://support.example.com/api/chat
 *     headers: {Authorization: "Bearer ${env:SUPPORT_TOKEN}"}
 *     template: {message: "{{prompt}}", session: "{{session}}"}
 *     response-path: reply.text
 *   prod-gpt:
 *     target: openai/gpt-4o-mini
 *     api-key-env: PROD_OPENAI_KEY
 * }</pre>
 *
 * Every other key is a parameter of the target; maps and lists are passed on as JSON text. Keys never appear in the
 * file: a parameter named like a key ({@code api-key}, {@code token}, ...) is an error.
 */
public final class TargetCatalog {
    private static final Set<String> FORBIDDEN = Set.of("api-key", "apikey", "key", "token", "password", "secret");
    private final Map<String, Spec> entries;

    private TargetCatalog(Map<String, Spec> entries) {
        this.entries = Map.copyOf(entries);
    }

    public static TargetCatalog empty() {
        return new TargetCatalog(Map.of());
    }

    public static TargetCatalog load(Path file) {
        try {
            return parse(file.toString(), Files.readString(file));
        } catch (IOException e) {
            throw new ConfigException(
                    "cannot read targets file " + file + ": " + e.getClass().getSimpleName());
        }
    }

    public static TargetCatalog parse(String source, String yaml) {
        JsonNode root;
        try {
            root = Json.yaml().readTree(yaml);
        } catch (IOException e) {
            throw new ConfigException(source + " is not valid YAML: "
                    + String.valueOf(e.getMessage()).lines().findFirst().orElse(""));
        }
        JsonNode targets = root == null ? Json.mapper().nullNode() : root.path("targets");
        if (!targets.isObject()) {
            throw new ConfigException(source + " needs a 'targets:' map of name -> target settings");
        }
        Map<String, Spec> entries = new LinkedHashMap<>();
        targets.fields().forEachRemaining(e -> entries.put(e.getKey(), entry(source, e.getKey(), e.getValue())));
        return new TargetCatalog(entries);
    }

    private static Spec entry(String source, String name, JsonNode node) {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new ConfigException(
                    source + ": target name '" + name + "' may hold only letters, digits, '.', '_', '-'");
        }
        String target = node.path("target").asText("");
        if (!target.contains("/")) {
            throw new ConfigException(
                    source + ": target '" + name + "' needs 'target: provider/model', e.g. openai/gpt-4o");
        }
        Map<String, String> params = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            String key = e.getKey();
            if (FORBIDDEN.contains(key)) {
                throw new ConfigException(source + ": target '" + name + "' must not hold '" + key
                        + "'; name an environment variable with api-key-env (or ${env:NAME} in headers)");
            }
            if (!key.equals("target")) {
                JsonNode v = e.getValue();
                params.put(key, v.isValueNode() ? v.asText() : Json.write(v));
            }
        });
        return Spec.of(target, params);
    }

    /** The provider's parameters, with those the file sets shown as defaults and no longer required. */
    private static List<Param> params(Component<Target> provider, Spec entry) {
        List<Param> out = new ArrayList<>();
        for (Param p : provider.params()) {
            String given = entry.params().get(p.name());
            out.add(given == null ? p : Param.optional(p.name(), p.description().replace("(required) ", ""), given));
        }
        return out;
    }

    public Set<String> names() {
        return entries.keySet();
    }

    /** The provider spec a name stands for, with parameters given on the command line overriding the file's. */
    public Optional<Spec> resolve(Spec spec) {
        Spec entry = entries.get(spec.name());
        if (entry == null) {
            return Optional.empty();
        }
        Map<String, String> params = new LinkedHashMap<>(entry.params());
        params.putAll(spec.params());
        return Optional.of(Spec.of(entry.name(), params));
    }

    /** One component per named target, each building its provider's target with the merged parameters. */
    public List<Component<Target>> components(List<Component<Target>> providers) {
        List<Component<Target>> out = new ArrayList<>();
        for (var e : entries.entrySet()) {
            Spec entry = e.getValue();
            Component<Target> provider = providers.stream()
                    .filter(c -> c.name().equals(entry.name()) || c.name().equals(entry.provider() + "/*"))
                    .findFirst()
                    .orElseThrow(() -> new ConfigException("target '" + e.getKey() + "' uses unknown provider '"
                            + entry.provider() + "'; known: "
                            + String.join(
                                    ", ",
                                    providers.stream().map(Component::name).toList())));
            out.add(Component.of(
                    e.getKey(),
                    "named target: " + Endpoints.describe(entry),
                    params(provider, entry),
                    spec -> provider.factory().apply(resolve(spec).orElseThrow())));
        }
        return out;
    }
}
