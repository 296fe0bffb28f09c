package sg.assay.targets;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import sg.assay.json.Json;

/**
 * A JDK HTTP server on loopback in front of the mock server: it records every request body and forwards it. With
 * {@code rejectFormats}, it answers a request that asks for a JSON-Schema response format with the 400 that some
 * OpenAI-compatible servers give, as such a server would.
 */
final class RecordingProxy implements AutoCloseable {
    static final String REJECTION = "{\"object\":\"error\",\"message\":\"response_format json_schema is not supported"
            + " by this server\",\"type\":\"BadRequestError\",\"param\":null,\"code\":400}";
    private final HttpServer server;
    private final HttpClient client =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String upstream;
    private final boolean rejectFormats;
    final List<JsonNode> bodies = new CopyOnWriteArrayList<>();

    RecordingProxy(String upstream, boolean rejectFormats) throws IOException {
        this.upstream = upstream;
        this.rejectFormats = rejectFormats;
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] body = ex.getRequestBody().readAllBytes();
        JsonNode json = Json.mapper().readTree(body);
        bodies.add(json);
        int status;
        byte[] answer;
        if (rejectFormats && (json.has("response_format") || json.path("text").has("format"))) {
            status = 400;
            answer = ("{\"error\":" + REJECTION + "}").getBytes(StandardCharsets.UTF_8);
        } else {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(upstream + ex.getRequestURI()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            for (String h : List.of("Content-Type", "Authorization", "api-key", "x-api-key", "anthropic-version")) {
                String v = ex.getRequestHeaders().getFirst(h);
                if (v != null) {
                    b.header(h, v);
                }
            }
            try {
                HttpResponse<byte[]> r = client.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                status = r.statusCode();
                answer = r.body();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        }
        ex.getResponseHeaders().add("Content-Type", "application/json");
        ex.sendResponseHeaders(status, answer.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(answer);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
