package sg.assay.server;

import io.helidon.webserver.WebServer;
import java.lang.System.Logger.Level;
import sg.assay.ConfigException;

/**
 * A running mock server bound to 127.0.0.1. Start it with {@link #start(MockServerOptions)}, point clients at
 * {@link #baseUrl()} (OpenAI clients at {@code baseUrl() + "/v1"}), and close it when done.
 */
public final class MockServer implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(MockServer.class.getName());
    private final WebServer server;
    private final Exchange exchange;
    private final AppSessions sessions;

    private MockServer(WebServer server, Exchange exchange, AppSessions sessions) {
        this.server = server;
        this.exchange = exchange;
        this.sessions = sessions;
    }

    /** Starts a server with the given options; it serves until {@link #close()}. */
    public static MockServer start(MockServerOptions options) {
        Exchange exchange = new Exchange(options);
        Responder responder = new Responder(options.refusePattern());
        AppSessions sessions = new AppSessions(responder);
        WebServer server = WebServer.builder()
                .host("127.0.0.1")
                .port(options.port())
                .connectionOptions(o -> o.tcpNoDelay(true))
                .routing(r -> r.register(new OpenAiRoutes(exchange, responder))
                        .register(new AzureRoutes(exchange, responder))
                        .register(new AnthropicRoutes(exchange, responder))
                        .register(new ContentSafetyRoutes(exchange, responder))
                        .register(new AppRoutes(exchange, sessions))
                        .get("/health", (req, res) -> res.send("{\"status\":\"ok\"}")))
                .build()
                .start();
        if (server.port() < 0) {
            server.stop();
            throw new ConfigException("cannot listen on 127.0.0.1:" + options.port() + "; is the port in use?");
        }
        LOG.log(Level.DEBUG, "mock server listening on 127.0.0.1:{0}", server.port());
        return new MockServer(server, exchange, sessions);
    }

    public int port() {
        return server.port();
    }

    /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** How many API requests the server has received. */
    public long requestCount() {
        return exchange.requestCount();
    }

    /** How many sessions the chat application holds. */
    public int sessionCount() {
        return sessions.sessionCount();
    }

    @Override
    public void close() {
        exchange.wakeStalled();
        server.stop();
    }
}
