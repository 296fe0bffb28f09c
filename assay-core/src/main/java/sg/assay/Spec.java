package sg.assay;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A component named on the command line or in a file: {@code name} or {@code name:key=value,key=value}. Every
 * component (target, solver, scorer, reducer) is built from a spec, and every run stores the specs it used.
 *
 * <p>A value may contain commas when it does not look like the start of another {@code key=} pair, and may be quoted
 * with double quotes to hold anything.
 */
public record Spec(String name, Map<String, String> params) {
    /** A model tag after a colon in a provider/model name: no {@code =} before the next colon or the end. */
    private static final Pattern MODEL_TAG = Pattern.compile("[A-Za-z0-9_.-]+(?=:|$)");

    private static final Pattern PAIR = Pattern.compile(
            "\\s*([A-Za-z][A-Za-z0-9_.-]*)=(\"(?:[^\"\\\\]|\\\\.)*\"|.*?)\\s*(?=,\\s*[A-Za-z][A-Za-z0-9_.-]*=|$)");

    public Spec {
        if (name.isBlank()) {
            throw new ConfigException("a component name must not be blank");
        }
        params = Map.copyOf(new LinkedHashMap<>(params));
    }

    public static Spec of(String name) {
        return new Spec(name, Map.of());
    }

    public static Spec of(String name, Map<String, String> params) {
        return new Spec(name, params);
    }

    /**
     * Parses {@code name} or {@code name:key=value,...}; the name may itself contain a slash, e.g. mock/flaky, and a
     * model name after the slash may carry a tag with a colon, e.g. {@code openai/llama-guard3:1b} (Ollama's names):
     * parameters start at the first colon after which a {@code key=} follows.
     */
    public static Spec parse(String text) {
        String trimmed = text.strip();
        int colon = parametersColon(trimmed);
        if (colon < 0) {
            return of(trimmed);
        }
        String name = trimmed.substring(0, colon);
        String rest = trimmed.substring(colon + 1);
        Map<String, String> params = new LinkedHashMap<>();
        int pos = 0;
        while (pos < rest.length()) {
            Matcher m = PAIR.matcher(rest);
            m.region(pos, rest.length());
            if (!m.lookingAt()) {
                throw new ConfigException("cannot parse parameters of '" + name + "' at '" + rest.substring(pos)
                        + "'; expected key=value[,key=value]");
            }
            String value = m.group(2);
            if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                value = value.substring(1, value.length() - 1)
                        .replace("\\\"", "\"")
                        .replace("\\\\", "\\");
            }
            if (params.put(m.group(1), value) != null) {
                throw new ConfigException("parameter '" + m.group(1) + "' given twice in '" + trimmed + "'");
            }
            pos = m.end();
            if (pos < rest.length() && rest.charAt(pos) == ',') {
                pos++;
            }
        }
        return new Spec(name, params);
    }

    private static int parametersColon(String text) {
        int colon = text.indexOf(':');
        int slash = text.indexOf('/');
        if (slash < 0 || colon < slash) {
            return colon;
        }
        while (colon >= 0) {
            if (MODEL_TAG.matcher(text).region(colon + 1, text.length()).lookingAt()) {
                colon = text.indexOf(':', colon + 1);
            } else {
                return colon;
            }
        }
        return -1;
    }

    public String param(String key, String fallback) {
        return params.getOrDefault(key, fallback);
    }

    public String require(String key) {
        String v = params.get(key);
        if (v == null || v.isBlank()) {
            throw new ConfigException(name + " needs parameter '" + key + "'");
        }
        return v;
    }

    public int intParam(String key, int fallback) {
        String v = params.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " parameter '" + key + "' must be an integer: " + v);
        }
    }

    public double doubleParam(String key, double fallback) {
        String v = params.get(key);
        if (v == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(v.strip());
        } catch (NumberFormatException e) {
            throw new ConfigException(name + " parameter '" + key + "' must be a number: " + v);
        }
    }

    public boolean boolParam(String key, boolean fallback) {
        String v = params.get(key);
        if (v == null) {
            return fallback;
        }
        return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new ConfigException(name + " parameter '" + key + "' must be true or false: " + v);
        };
    }

    /** The provider part of a {@code provider/model} name, or the whole name when it has no slash. */
    public String provider() {
        int slash = name.indexOf('/');
        return slash < 0 ? name : name.substring(0, slash);
    }

    /** The model part of a {@code provider/model} name, or an empty string. */
    public String model() {
        int slash = name.indexOf('/');
        return slash < 0 ? "" : name.substring(slash + 1);
    }

    /** The canonical text form, with parameters in sorted order so equal specs render equally. */
    public String render() {
        if (params.isEmpty()) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name).append(':');
        params.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (sb.charAt(sb.length() - 1) != ':') {
                sb.append(',');
            }
            String v = e.getValue();
            boolean quote = v.contains(",") || v.contains("\"");
            sb.append(e.getKey()).append('=');
            sb.append(quote ? '"' + v.replace("\\", "\\\\").replace("\"", "\\\"") + '"' : v);
        });
        return sb.toString();
    }

    @Override
    public String toString() {
        return render();
    }
}
