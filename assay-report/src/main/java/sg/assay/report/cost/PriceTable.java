package sg.assay.report.cost;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import sg.assay.AssayException;
import sg.assay.ConfigException;
import sg.assay.json.Json;

/**
 * Prices by model name. The bundled table holds dated example prices; a user's YAML file of the same shape extends
 * it, entry by entry ({@code as-of}, {@code currency}, {@code models: {name: {input: N, output: N}}}).
 *
 * <p>A target is priced by its exact name ({@code openai/gpt-4o-mini}), then its provider wildcard
 * ({@code openai/*}), then its bare model name ({@code gpt-4o-mini}); a target with no entry has no cost.
 */
public final class PriceTable {
    private static final String BUNDLED = "/sg/assay/report/prices.yaml";
    private final Map<String, Price> prices;

    private PriceTable(Map<String, Price> prices) {
        this.prices = Map.copyOf(prices);
    }

    public static PriceTable empty() {
        return new PriceTable(Map.of());
    }

    /** The bundled example table (read once). */
    public static PriceTable bundled() {
        return Bundled.TABLE;
    }

    private static final class Bundled {
        static final PriceTable TABLE = readBundled();
    }

    private static PriceTable readBundled() {
        try (InputStream in = PriceTable.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new AssayException("bundled price table missing: " + BUNDLED);
            }
            JsonNode root = Json.yaml().readTree(in);
            return parse(
                    root, "bundled example prices as of " + root.path("as-of").asText("?"), BUNDLED);
        } catch (IOException e) {
            throw new AssayException("cannot read bundled price table: " + e.getMessage(), e);
        }
    }

    /** Reads a user's price file. */
    public static PriceTable load(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("price file not found: " + file);
        }
        try {
            JsonNode root = Json.yaml().readTree(file.toFile());
            String asOf = root.path("as-of").asText("");
            return parse(root, file + (asOf.isEmpty() ? "" : " (as of " + asOf + ")"), file.toString());
        } catch (IOException e) {
            throw new ConfigException("cannot read price file " + file + ": " + e.getMessage(), e);
        }
    }

    /** This table with {@code other}'s entries added, replacing entries of the same name. */
    public PriceTable extendedBy(PriceTable other) {
        Map<String, Price> merged = new LinkedHashMap<>(prices);
        merged.putAll(other.prices);
        return new PriceTable(merged);
    }

    /** The price of a target, by exact name, provider wildcard, then bare model name. */
    public Optional<Price> lookup(String targetName) {
        int slash = targetName.indexOf('/');
        List<String> keys = slash < 0
                ? List.of(targetName)
                : List.of(targetName, targetName.substring(0, slash) + "/*", targetName.substring(slash + 1));
        return keys.stream().map(prices::get).filter(p -> p != null).findFirst();
    }

    public Map<String, Price> entries() {
        return prices;
    }

    private static PriceTable parse(JsonNode root, String source, String where) {
        String currency = root.path("currency").asText("USD");
        JsonNode models = root.path("models");
        if (!models.isObject()) {
            throw new ConfigException("price file " + where + " needs a 'models' map of name: {input: N, output: N}");
        }
        Map<String, Price> out = new LinkedHashMap<>();
        models.properties().forEach(e -> {
            JsonNode p = e.getValue();
            if (!p.path("input").isNumber() || !p.path("output").isNumber()) {
                throw new ConfigException("price of '" + e.getKey() + "' in " + where
                        + " needs numbers 'input' and 'output' (per million tokens)");
            }
            out.put(
                    e.getKey(),
                    new Price(
                            e.getKey(),
                            p.path("input").asDouble(),
                            p.path("output").asDouble(),
                            p.path("currency").asText(currency),
                            source));
        });
        return new PriceTable(out);
    }
}
