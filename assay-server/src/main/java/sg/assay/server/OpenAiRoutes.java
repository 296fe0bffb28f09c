package sg.assay.server;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.Optional;

/** OpenAI's routes: chat completions, legacy completions, responses, embeddings, moderations and models. */
final class OpenAiRoutes implements HttpService {
    private final Exchange exchange;
    private final ChatCompletions chat;
    private final Responses responses;
    private final Moderations moderations;
    private final Completions completions;

    OpenAiRoutes(Exchange exchange, Responder responder) {
        this.exchange = exchange;
        this.chat = new ChatCompletions(responder);
        this.responses = new Responses(responder);
        this.moderations = new Moderations(responder);
        this.completions = new Completions(responder);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post(
                        "/v1/chat/completions",
                        (req, res) -> exchange.handle(
                                req, res, Dialect.OPENAI, b -> chat.complete(b, Optional.empty(), false)))
                .post("/v1/completions", (req, res) -> exchange.handle(req, res, Dialect.OPENAI, completions::complete))
                .post("/v1/responses", (req, res) -> exchange.handle(req, res, Dialect.OPENAI, responses::respond))
                .post("/v1/embeddings", (req, res) -> exchange.handle(req, res, Dialect.OPENAI, Embeddings::embed))
                .post("/v1/moderations", (req, res) -> exchange.handle(req, res, Dialect.OPENAI, moderations::moderate))
                .get(
                        "/v1/models",
                        (req, res) -> exchange.handle(req, res, Dialect.OPENAI, b -> ChatCompletions.models()))
                .get("/v1/models/{model}", (req, res) -> {
                    String model = req.path().pathParameters().get("model");
                    exchange.handle(req, res, Dialect.OPENAI, b -> model(model));
                });
    }

    private static Reply model(String id) {
        if (Behaviour.forModel(id).isEmpty()) {
            throw ChatCall.notFound(id);
        }
        return Reply.Json.ok(ChatCompletions.model(id));
    }
}
