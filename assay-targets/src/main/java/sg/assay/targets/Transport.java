package sg.assay.targets;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json));
        if ("http".equalsIgnoreCase(uri.getScheme())) {
            b.version(HttpClient.Version.HTTP_1_1);
        }
        headers.forEach(b::header);
        return send(b.build(), timeout);
    }

    private HttpReply send(HttpRequest request, Duration timeout) {
        CompletableFuture<HttpResponse<byte[]>> f = client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray());
        try {
            HttpResponse<byte[]> r = f.get(timeout.toMillis() + 250, TimeUnit.MILLISECONDS);
            return new HttpReply(r.statusCode(), r.headers(), r.body());
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
