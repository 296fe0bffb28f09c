package sg.assay.dataset.imports;

import java.util.Map;
import sg.assay.ConfigException;

/**
 * How to import.
 *
 * @param name the library name; empty for the importer's default
 * @param skipBadRows skip and count malformed rows instead of failing on the first
 * @param params format-specific options, e.g. {@code map}, {@code encoding}, {@code language}
 */
public record ImportOptions(String name, boolean skipBadRows, Map<String, String> params) {
    public ImportOptions {
        params = Map.copyOf(params);
    }

    public static ImportOptions defaults() {
        return new ImportOptions("", false, Map.of());
    }

    public ImportOptions withSkipBadRows(boolean value) {
        return new ImportOptions(name, value, params);
    }

    public ImportOptions withParams(Map<String, String> value) {
        return new ImportOptions(name, skipBadRows, value);
    }

    public String param(String key, String fallback) {
        return params.getOrDefault(key, fallback);
    }

    public boolean flag(String key, boolean fallback) {
        String v = params.get(key);
        if (v == null) {
            return fallback;
        }
        return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new ConfigException("option '" + key + "' must be true or false: " + v);
        };
    }
}
