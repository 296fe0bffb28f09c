package sg.assay.server;

import com.fasterxml.jackson.databind.JsonNode;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.Optional;

/**
 * Azure OpenAI's routes: {@code /openai/deployments/{deployment}/chat/completions?api-version=...} (the deployment
 * name selects the behaviour) and the version-less {@code /openai/v1/chat/completions}. Answers carry Azure's
 * {@code prompt_filter_results} and {@code content_filter_results}.
 */
final class AzureRoutes implements HttpService {
    private final Exchange exchange;
    private final ChatCompletions chat;

    AzureRoutes(Exchange exchange, Responder responder) {
        this.exchange = exchange;
        this.chat = new ChatCompletions(responder);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/openai/deployments/{deployment}/chat/completions", (req, res) -> {
                    String deployment = req.path().pathParameters().get("deployment");
                    boolean versioned = req.query().contains("api-version");
                    exchange.handle(req, res, Dialect.AZURE, b -> deployment(b, deployment, versioned));
                })
                .post(
                        "/openai/v1/chat/completions",
                        (req, res) -> exchange.handle(
                                req, res, Dialect.AZURE, b -> chat.complete(b, Optional.empty(), true)));
    }

    private Reply deployment(JsonNode body, String deployment, boolean versioned) {
        if (!versioned) {
            throw new ApiError(
                    404,
                    "invalid_request_error",
                    "404",
                    null,
                    "Resource not found: the api-version query parameter (?api-version=) is required.");
        }
        if (Behaviour.forModel(deployment).isEmpty()) {
            throw new ApiError(
                    404,
                    "invalid_request_error",
                    "DeploymentNotFound",
                    null,
                    "The API deployment for this resource does not exist. If you created the deployment within the"
                            + " last 5 minutes, please wait a moment and try again.");
        }
        return chat.complete(body, Optional.of(deployment), true);
    }
}
