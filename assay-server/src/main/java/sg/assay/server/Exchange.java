package sg.assay.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.CloseConnectionException;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import sg.assay.json.Json;

/**
 * The one request pipeline every route goes through: check the key, read the JSON body, draw a fault, wait, call
 * the route's service, and write its reply (or the injected fault) to the wire.
 */
final class Exchange {
    private static final String SSE = "text/event-stream";
    private static final String JSON = "application/json";
    private final MockServerOptions options;
    private final Faults faults;
    private final AtomicLong requests = new AtomicLong();
    private final Set<Thread> stalled = ConcurrentHashMap.newKeySet();

    Exchange(MockServerOptions options) {
        this.options = options;
        this.faults = new Faults(options);
    }

    /** Handles one request whose answer the service computes from the parsed JSON body (null node for GET). */
    void handle(ServerRequest req, ServerResponse res, Dialect dialect, Function<JsonNode, Reply> service) {
        long received = System.nanoTime();
        long id = requests.incrementAndGet();
        res.header("x-request-id", "req_mock_" + id);
        Reply reply;
        Fault fault = Fault.NONE;
        long latencyMillis = 0;
        try {
            authorize(req, dialect);
            JsonNode body = readBody(req);
            fault = faults.next();
            latencyMillis = faults.latencyMillis()
                    + (fault instanceof Fault.Slow ? options.slowTime().toMillis() : 0);
            if (fault instanceof Fault.Failure e) {
                ApiError error = ApiError.injected(e.status());
                boolean hinted = e.status() == 429 || e.status() == 503 || e.status() == 529;
                Map<String, String> hints =
                        hinted ? options.waitHint().headers(options.waitTime(), Instant.now()) : Map.of();
                reply = new Reply.Json(error.status(), error.body(dialect), hints);
            } else {
                reply = service.apply(body);
            }
        } catch (ApiError e) {
            reply = new Reply.Json(e.status(), e.body(dialect), Map.of());
            fault = Fault.NONE;
        }
        // The latency runs from when the request arrived: the answer's own computation is part of it, as it is of a
        // real provider's latency.
        pauseNanos(received + latencyMillis * 1_000_000L - System.nanoTime());
        write(res, reply, fault);
    }

    private void authorize(ServerRequest req, Dialect dialect) {
        if (options.apiKey().isEmpty()) {
            return;
        }
        var headers = req.headers();
        String bearer = headers.first(HeaderNames.AUTHORIZATION).orElse("");
        String key = bearer.regionMatches(true, 0, "Bearer ", 0, 7)
                ? bearer.substring(7).strip()
                : "";
        if (key.isEmpty()) {
            String header = switch (dialect) {
                case ANTHROPIC, APP -> "x-api-key";
                case CONTENT_SAFETY -> "Ocp-Apim-Subscription-Key";
                default -> "api-key";
            };
            key = headers.first(HeaderNames.create(header)).orElse("");
        }
        if (dialect == Dialect.CONTENT_SAFETY && !key.equals(options.apiKey())) {
            throw ApiError.azure(
                    401,
                    "401",
                    key.isEmpty()
                            ? "Access denied due to missing subscription key. Make sure to include subscription key"
                                    + " when making requests to an API."
                            : "Access denied due to invalid subscription key or wrong API endpoint. Make sure to"
                                    + " provide a valid key for an active subscription and use a correct regional API"
                                    + " endpoint for your resource.");
        }
        if (key.isEmpty()) {
            throw new ApiError(
                    401,
                    "invalid_request_error",
                    null,
                    null,
                    "You didn't provide an API key. You need to provide your API key in an Authorization header.");
        }
        if (!key.equals(options.apiKey())) {
            String tail = key.length() > 4 ? key.substring(key.length() - 4) : "";
            throw new ApiError(
                    401, "invalid_request_error", "invalid_api_key", null, "Incorrect API key provided: ***" + tail);
        }
    }

    private static JsonNode readBody(ServerRequest req) {
        if (!req.content().hasEntity()) {
            return NullNode.getInstance();
        }
        try (InputStream in = req.content().inputStream()) {
            JsonNode node = Json.mapper().readTree(in);
            return node == null ? NullNode.getInstance() : node;
        } catch (JsonProcessingException e) {
            throw ApiError.invalid(
                    "body",
                    "We could not parse the JSON body of your request. (HINT: This likely means you aren't using your"
                            + " HTTP library correctly.)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(ServerResponse res, Reply reply, Fault fault) {
        switch (reply) {
            case Reply.Json json -> writeJson(res, json, fault);
            case Reply.Stream stream -> writeStream(res, stream, fault);
            case Reply.NoContent n -> res.status(204).send();
        }
    }

    private void writeJson(ServerResponse res, Reply.Json json, Fault fault) {
        byte[] bytes = Json.write(json.body()).getBytes(StandardCharsets.UTF_8);
        res.status(json.status());
        res.header(HeaderNames.CONTENT_TYPE, JSON);
        json.headers().forEach(res::header);
        switch (fault) {
            case Fault.Malformed m -> res.send(Arrays.copyOf(bytes, bytes.length / 2));
            case Fault.Drop d -> {
                res.header(HeaderNames.CONTENT_LENGTH, Integer.toString(bytes.length));
                partial(res, bytes);
                throw new CloseConnectionException("connection dropped (injected by assay mock-server)");
            }
            case Fault.Stall s -> {
                partial(res, bytes);
                stall();
            }
            default -> res.send(bytes);
        }
    }

    private static void partial(ServerResponse res, byte[] bytes) {
        try {
            OutputStream out = res.outputStream();
            out.write(bytes, 0, bytes.length / 2);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeStream(ServerResponse res, Reply.Stream stream, Fault fault) {
        res.header(HeaderNames.CONTENT_TYPE, SSE);
        res.header(HeaderNames.CACHE_CONTROL, "no-cache");
        try (OutputStream out = res.outputStream()) {
            int i = 0;
            for (String event : stream.events()) {
                if (i > 0) {
                    pause(options.chunkDelay().toMillis());
                }
                String framed = i == 1 && fault instanceof Fault.Malformed ? "data: {\"id\":\"chatcmpl\n\n" : event;
                out.write(framed.getBytes(StandardCharsets.UTF_8));
                out.flush();
                if (i == 0 && fault instanceof Fault.Drop) {
                    throw new CloseConnectionException("stream dropped (injected by assay mock-server)");
                }
                if (i == 0 && fault instanceof Fault.Stall) {
                    stall();
                }
                i++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void stall() {
        stalled.add(Thread.currentThread());
        try {
            pause(options.stallTime().toMillis());
        } finally {
            stalled.remove(Thread.currentThread());
        }
        throw new CloseConnectionException("stalled answer closed (injected by assay mock-server)");
    }

    private static void pauseNanos(long nanos) {
        if (nanos <= 0) {
            return;
        }
        try {
            Thread.sleep(Duration.ofNanos(nanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloseConnectionException("server stopping", e);
        }
    }

    private static void pause(long millis) {
        pauseNanos(millis * 1_000_000L);
    }

    /** Wakes every stalled answer so that the server can stop at once. */
    void wakeStalled() {
        stalled.forEach(Thread::interrupt);
    }

    long requestCount() {
        return requests.get();
    }
}
