package sg.assay.probe;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import sg.assay.json.Json;

/**
 * Asks the package registries' own metadata whether a package exists: PyPI's JSON API ({@code /pypi/NAME/json}), the
 * npm registry ({@code /NAME}), crates.io ({@code /api/v1/crates/NAME}) and Maven Central's search
 * ({@code group:artifact}). A 200 means it exists, a 404 that it does not; anything else (a timeout, a refused
 * connection, a 5xx, an ecosystem with no lookup) is unknown, never "does not exist", so an unreachable registry
 * never makes a package count as hallucinated. Answers are cached for the life of this object (one run).
 */
public final class OnlineRegistry implements PackageRegistry {
    /**
     * Where each registry is; configurable so tests (and mirrors) can stand in for the public ones.
     *
     * @param pypi PyPI's base URL
     * @param npm the npm registry's base URL
     * @param crates crates.io's base URL
     * @param maven Maven Central search's base URL
     */
    public record Endpoints(String pypi, String npm, String crates, String maven) {
        public static final Endpoints PUBLIC = new Endpoints(
                "https://pypi.org", "https://registry.npmjs.org", "https://crates.io", "https://search.maven.org");

        /** The public registries, each replaceable by {@code ASSAY_PYPI_URL}, {@code ASSAY_NPM_URL}, ... */
        public static Endpoints fromEnvironment(Map<String, String> env) {
            return new Endpoints(
                    env.getOrDefault("ASSAY_PYPI_URL", PUBLIC.pypi()),
                    env.getOrDefault("ASSAY_NPM_URL", PUBLIC.npm()),
                    env.getOrDefault("ASSAY_CRATES_URL", PUBLIC.crates()),
                    env.getOrDefault("ASSAY_MAVEN_URL", PUBLIC.maven()));
        }
    }

    private final Endpoints endpoints;
    private final Duration timeout;
    private final HttpClient http;
    private final Map<String, Optional<Boolean>> cache = new ConcurrentHashMap<>();

    public OnlineRegistry(Endpoints endpoints, Duration timeout) {
        this.endpoints = endpoints;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** The public registries (or those the environment names), 10 s time limits: what {@code online=true} uses. */
    public static OnlineRegistry fromEnvironment() {
        return new OnlineRegistry(Endpoints.fromEnvironment(System.getenv()), Duration.ofSeconds(10));
    }

    @Override
    public Optional<Boolean> exists(String ecosystem, String name) {
        return cache.computeIfAbsent(ecosystem + ":" + name, k -> lookup(ecosystem, name));
    }

    /** How many distinct packages were looked up (cache entries). */
    public int lookups() {
        return cache.size();
    }

    private Optional<Boolean> lookup(String ecosystem, String name) {
        return switch (ecosystem) {
            case "pypi" -> status(endpoints.pypi() + "/pypi/" + path(name) + "/json");
            case "npm" -> status(endpoints.npm() + "/" + path(name).replace("%40", "@"));
            case "crates" -> status(endpoints.crates() + "/api/v1/crates/" + path(name));
            case "maven" -> maven(name);
            default -> Optional.empty();
        };
    }

    private Optional<Boolean> status(String url) {
        return get(url).flatMap(r -> switch (r.statusCode()) {
            case 200 -> Optional.of(true);
            case 404, 410 -> Optional.of(false);
            default -> Optional.empty();
        });
    }

    /** {@code group:artifact}; Maven Central's search answers 200 with {@code response.numFound}. */
    private Optional<Boolean> maven(String name) {
        int colon = name.indexOf(':');
        if (colon <= 0 || colon == name.length() - 1) {
            return Optional.empty();
        }
        String q = "g:\"" + name.substring(0, colon) + "\" AND a:\""
                + name.substring(colon + 1).split(":")[0] + "\"";
        return get(endpoints.maven() + "/solrsearch/select?rows=1&wt=json&q=" + path(q))
                .filter(r -> r.statusCode() == 200)
                .flatMap(r -> {
                    try {
                        JsonNode found = Json.mapper()
                                .readTree(r.body())
                                .path("response")
                                .path("numFound");
                        return found.isNumber() ? Optional.of(found.asLong() > 0) : Optional.empty();
                    } catch (IOException e) {
                        return Optional.empty();
                    }
                });
    }

    private Optional<HttpResponse<String>> get(String url) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(url))
                    .timeout(timeout)
                    .header("Accept", "application/json")
                    .header("User-Agent", "assay package-hallucination probe")
                    .GET()
                    .build();
            return Optional.of(http.send(req, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static String path(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
