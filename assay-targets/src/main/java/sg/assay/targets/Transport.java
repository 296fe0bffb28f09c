package sg.assay.targets;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.net.ssl.SSLException;
import sg.assay.target.NonRetriableTargetException;
import sg.assay.target.NonRetriableTargetException.Scope;
import sg.assay.target.RetriableTargetException;
import sg.assay.target.TargetException;

/**
 * Sends JSON over the JDK HTTP client (HTTP/1.1 for plain {@code http://}) with a deadline on the whole exchange,
 * body included, so a stalled stream can never hang a run. Failures to connect become one-line target exceptions.
 */
public final class Transport implements AutoCloseable {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final ScheduledExecutorService DEADLINES = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "assay-http-deadlines");
        t.setDaemon(true);
        return t;
    });
    private final String who;
    private final Redactor redactor;
    private final HttpClient client;

    public Transport(String who, Redactor redactor) {
        this.who = who;
        this.redactor = redactor;
        this.client = HttpClient.newBuilder()
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    /** POSTs a JSON body and waits at most {@code timeout} for the complete answer. */
    public HttpReply post(URI uri, Map<String, String> headers, byte[] json, Duration timeout) {
        HttpRequest request = request(uri, headers, json, timeout, "application/json");
        HttpResponse<byte[]> r = await(client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()), request);
        return new HttpReply(r.statusCode(), r.headers(), r.body());
    }

    /**
     * POSTs a JSON body asking for server-sent events and hands each line of a successful answer to {@code lines}.
     * The deadline covers the whole stream: a stream that stops mid-way ends in a retriable timeout. An error
     * status is returned with its complete body, for the error mapper.
     */
    public HttpReply postStream(
            URI uri, Map<String, String> headers, byte[] json, Duration timeout, Consumer<String> lines) {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpRequest request = request(uri, headers, json, timeout, "text/event-stream");
        HttpResponse<InputStream> r =
                await(client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()), request);
        AtomicBoolean expired = new AtomicBoolean();
        InputStream in = r.body();
        ScheduledFuture<?> watchdog = DEADLINES.schedule(
                () -> {
                    expired.set(true);
                    closeQuietly(in);
                },
                Math.max(0, deadline - System.nanoTime()),
                TimeUnit.NANOSECONDS);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            if (r.statusCode() < 200 || r.statusCode() >= 300) {
                byte[] body = String.join("\n", reader.lines().toList()).getBytes(StandardCharsets.UTF_8);
                return new HttpReply(r.statusCode(), r.headers(), body);
            }
            String line;
            while ((line = reader.readLine()) != null) {
                lines.accept(line);
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            if (!expired.get()) {
                throw failure(uri, timeout, e);
            }
        } finally {
            watchdog.cancel(false);
        }
        if (expired.get()) {
            throw new RetriableTargetException(
                    who + " timed out after " + seconds(timeout) + " at " + where(uri) + " while streaming",
                    Optional.empty());
        }
        return new HttpReply(r.statusCode(), r.headers(), new byte[0]);
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // the stream is being abandoned; nothing more to do
        }
    }

    private static HttpRequest request(
            URI uri, Map<String, String> headers, byte[] json, Duration timeout, String accept) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofByteArray(json));
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            b.version(HttpClient.Version.HTTP_1_1);
        }
        headers.forEach(b::header);
        return b.build();
    }

    /** Waits for the response (headers, and for byte-array bodies the body) until the request's deadline. */
    private <T> HttpResponse<T> await(CompletableFuture<HttpResponse<T>> f, HttpRequest request) {
        Duration timeout = request.timeout().orElse(CONNECT_TIMEOUT);
        try {
            return f.get(timeout.toMillis() + 250, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new RetriableTargetException(
                    who + " timed out after " + seconds(timeout) + " at " + where(request.uri()), Optional.empty(), e);
        } catch (InterruptedException e) {
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new NonRetriableTargetException("call to " + who + " interrupted", Scope.SAMPLE, e);
        } catch (ExecutionException e) {
            throw failure(request.uri(), timeout, e.getCause() == null ? e : e.getCause());
        }
    }

    private TargetException failure(URI uri, Duration timeout, Throwable cause) {
        String at = where(uri);
        if (cause instanceof HttpConnectTimeoutException) {
            return new RetriableTargetException(
                    "connecting to " + at + " timed out after " + seconds(CONNECT_TIMEOUT), Optional.empty(), cause);
        }
        if (cause instanceof HttpTimeoutException) {
            return new RetriableTargetException(
                    who + " timed out after " + seconds(timeout) + " at " + at, Optional.empty(), cause);
        }
        if (has(cause, UnresolvedAddressException.class) || has(cause, UnknownHostException.class)) {
            return new NonRetriableTargetException(
                    "cannot reach " + who + ": unknown host " + uri.getHost() + " (" + at + ")", Scope.RUN, cause);
        }
        if (has(cause, ConnectException.class)) {
            return new NonRetriableTargetException(
                    "cannot connect to " + who + " at " + at + ": connection refused (is the server running?)",
                    Scope.RUN,
                    cause);
        }
        if (cause instanceof SSLException) {
            return new NonRetriableTargetException(
                    "TLS handshake with " + at + " failed: " + redactor.redact(String.valueOf(cause.getMessage())),
                    Scope.RUN,
                    cause);
        }
        String detail = cause instanceof IOException ? String.valueOf(cause.getMessage()) : cause.toString();
        return new RetriableTargetException(
                "connection to " + at + " failed before the answer was complete: " + redactor.redact(detail),
                Optional.empty(),
                cause);
    }

    private static boolean has(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (type.isInstance(c)) {
                return true;
            }
        }
        return false;
    }

    /** The URL as it may appear in messages: secrets masked. */
    public String where(URI uri) {
        return redactor.redact(uri.toString());
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    public String who() {
        return who;
    }

    public Redactor redactor() {
        return redactor;
    }

    @Override
    public void close() {
        client.shutdownNow();
    }
}
