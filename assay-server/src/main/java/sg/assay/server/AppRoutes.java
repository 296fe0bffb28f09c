package sg.assay.server;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;

/** The stateful chat application's routes under {@code /app}; see {@link AppSessions}. */
final class AppRoutes implements HttpService {
    private final Exchange exchange;
    private final AppSessions sessions;

    AppRoutes(Exchange exchange, AppSessions sessions) {
        this.exchange = exchange;
        this.sessions = sessions;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.post("/app/chat", (req, res) -> exchange.handle(req, res, Dialect.APP, sessions::chat))
                .post("/app/reset", (req, res) -> exchange.handle(req, res, Dialect.APP, sessions::reset))
                .post("/app/complete", (req, res) -> exchange.handle(req, res, Dialect.APP, sessions::complete));
    }
}
