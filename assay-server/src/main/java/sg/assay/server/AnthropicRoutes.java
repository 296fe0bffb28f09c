package sg.assay.server;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

/** Anthropic's route: {@code POST /v1/messages}. */
final class AnthropicRoutes implements HttpService {
    private final Exchange exchange;
    private final AnthropicMessages messages;

    AnthropicRoutes(Exchange exchange, Responder responder) {
        this.exchange = exchange;
        this.messages = new AnthropicMessages(responder);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/v1/messages", (req, res) -> {
            boolean version = req.headers().contains(HeaderNames.create("anthropic-version"));
            exchange.handle(req, res, Dialect.ANTHROPIC, b -> messages.create(b, version));
        });
    }
}
