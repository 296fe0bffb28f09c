package sg.assay.server;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.Set;

/**
 * Azure AI Content Safety's text routes: {@code POST /contentsafety/text:analyze} and
 * {@code POST /contentsafety/text:shieldPrompt}, each with a required, supported {@code api-version}.
 */
final class ContentSafetyRoutes implements HttpService {
    static final Set<String> API_VERSIONS = Set.of("2023-10-01", "2024-09-01");
    private final Exchange exchange;
    private final TextAnalysis analysis;

    ContentSafetyRoutes(Exchange exchange, Responder responder) {
        this.exchange = exchange;
        this.analysis = new TextAnalysis(responder);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/contentsafety/{operation}", (req, res) -> {
            String operation = req.path().pathParameters().get("operation");
            String version = req.query().first("api-version").orElse("");
            exchange.handle(req, res, Dialect.CONTENT_SAFETY, b -> {
                checkVersion(version);
                return switch (operation) {
                    case "text:analyze" -> analysis.analyze(b);
                    case "text:shieldPrompt" -> PromptShields.shield(b);
                    default ->
                        throw ApiError.azure(404, "NotFound", "Resource not found: no operation '" + operation + "'.");
                };
            });
        });
    }

    private static void checkVersion(String version) {
        if (version.isEmpty()) {
            throw ApiError.azure(
                    400,
                    "MissingApiVersionParameter",
                    "The api-version query parameter (?api-version=) is required for all requests.");
        }
        if (!API_VERSIONS.contains(version)) {
            throw ApiError.azure(
                    400,
                    "UnsupportedApiVersionValue",
                    "Unsupported api-version '" + version + "'. The supported versions are: 2023-10-01, 2024-09-01.");
        }
    }
}
