package sg.assay.target.http;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sg.assay.ConfigException;
import sg.assay.json.Json;
import sg.assay.targets.Env;
import sg.assay.targets.Redactor;
import sg.assay.targets.Secrets;

/**
 * Request headers from the {@code headers} parameter: a JSON object, or {@code Name: value; Name: value}. Values may
 * hold {@code ${env:NAME}} or {@code ${file:PATH}}; the filled-in secrets are redacted from every message.
 */
record Headers(Map<String, String> values, Redactor redactor) {

    static Headers parse(String owner, String text, Env env) {
        Map<String, String> raw = new LinkedHashMap<>();
        String t = text.strip();
        if (t.startsWith("{")) {
            try {
                JsonNode n = Json.mapper().readTree(t);
                n.fields()
                        .forEachRemaining(e -> raw.put(e.getKey(), e.getValue().asText()));
            } catch (java.io.IOException e) {
                throw new ConfigException(owner + " parameter 'headers' is not a valid JSON object");
            }
        } else if (!t.isEmpty()) {
            for (String pair : t.split(";")) {
                int colon = pair.indexOf(':');
                if (colon <= 0) {
                    throw new ConfigException(owner + " header '" + pair.strip()
                            + "' must look like Name: value (secrets as ${env:NAME})");
                }
                raw.put(
                        pair.substring(0, colon).strip(),
                        pair.substring(colon + 1).strip());
            }
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<String> secrets = new ArrayList<>();
        raw.forEach((k, v) -> {
            String filled = Secrets.expand(v, env, owner);
            if (Secrets.hasReference(v)) {
                secrets.add(filled);
                String bearer = filled.replaceFirst("(?i)^(bearer|basic|token)\\s+", "");
                secrets.add(bearer);
            }
            values.put(k, filled);
        });
        return new Headers(Map.copyOf(values), Redactor.of(secrets));
    }
}
